package org.suchi.synth;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Bangla fonts installed on the machine (Debian packages {@code fonts-lohit-beng-bengali} and
 * {@code fonts-noto-core}), loaded from their files so that drawing does not depend on fontconfig's choice.
 * The folder list can be overridden with the system property {@code suchi.fonts.dir} (path-separated).
 */
public final class Fonts {
    public static final String LOHIT = "Lohit Bengali";
    public static final String NOTO_SERIF = "Noto Serif Bengali";
    public static final String NOTO_SANS = "Noto Sans Bengali";
    /** The Debian packages that provide the fonts. */
    public static final String PACKAGES = "fonts-lohit-beng-bengali fonts-noto-core fonts-beng-extra fonts-freefont-ttf";

    /** No Bangla font is installed. The message names the packages to install. */
    public static final class MissingFontException extends IllegalStateException {
        public MissingFontException(String message) {
            super(message);
        }
    }

    private record Face(Font regular, Font bold) {}

    private final Map<String, Face> faces;
    private final int classic;

    private Fonts(Map<String, Face> faces, int classic) {
        this.faces = faces;
        this.classic = classic;
    }

    /** Finds the installed fonts; throws {@link MissingFontException} when there is none. */
    public static Fonts find() {
        List<Path> dirs = new ArrayList<>();
        String prop = System.getProperty("suchi.fonts.dir");
        if (prop != null && !prop.isBlank()) {
            for (String s : prop.split(java.io.File.pathSeparator)) {
                dirs.add(Paths.get(s));
            }
        } else {
            String home = System.getProperty("user.home", "");
            dirs.add(Paths.get("/usr/share/fonts"));
            dirs.add(Paths.get("/usr/local/share/fonts"));
            dirs.add(Paths.get(home, ".fonts"));
            dirs.add(Paths.get(home, ".local/share/fonts"));
        }
        Map<String, Face> faces = new LinkedHashMap<>();
        load(dirs, "Lohit-Bengali.ttf", null).ifPresent(f -> faces.put(LOHIT, f));
        load(dirs, "NotoSerifBengali-Regular.ttf", "NotoSerifBengali-Bold.ttf").ifPresent(f -> faces.put(NOTO_SERIF, f));
        load(dirs, "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf").ifPresent(f -> faces.put(NOTO_SANS, f));
        int classic = faces.size();
        // the other Bangla faces Debian packages (fonts-beng-extra, fonts-freefont-ttf): for --harsh sets
        for (String[] x : EXTRA) load(dirs, x[1], x[2]).ifPresent(f -> faces.put(x[0], f));
        if (faces.isEmpty()) {
            throw new MissingFontException("no Bangla font found in " + dirs + ": install the Debian packages "
                    + PACKAGES + " (apt-get install " + PACKAGES + "); ./suchi installs them on first use");
        }
        return new Fonts(faces, classic);
    }

    /** Face name, regular file, bold file (or null) of the faces beyond the classic three. */
    private static final String[][] EXTRA = {
        {"Mukti", "Mukti.ttf", "Muktibold.ttf"},
        {"Ani", "Ani.ttf", null},
        {"Jamrul", "JamrulNormal.ttf", null},
        {"Likhan", "LikhanNormal.ttf", null},
        {"Mitra", "MitraMono.ttf", null},
        {"FreeSerif", "FreeSerif.ttf", null},
        {"FreeSans", "FreeSans.ttf", null},
    };

    private static Optional<Face> load(List<Path> dirs, String regular, String bold) {
        Optional<Path> r = locate(dirs, regular);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        try {
            Font reg = Font.createFont(Font.TRUETYPE_FONT, r.get().toFile());
            Font b = null;
            if (bold != null) {
                Optional<Path> bp = locate(dirs, bold);
                if (bp.isPresent()) {
                    b = Font.createFont(Font.TRUETYPE_FONT, bp.get().toFile());
                }
            }
            return Optional.of(new Face(reg, b));
        } catch (IOException | FontFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> locate(List<Path> dirs, String file) {
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.find(d, 5, (p, a) -> a.isRegularFile() && p.getFileName().toString().equals(file))) {
                Optional<Path> hit = s.sorted().findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // unreadable folder: try the next
            }
        }
        return Optional.empty();
    }

    /** Names of the faces found, in a fixed order (Lohit, Noto Serif, Noto Sans). */
    public List<String> names() {
        return List.copyOf(faces.keySet()).subList(0, classic == 0 ? faces.size() : classic);
    }

    /**
     * Every installed Bangla face: the classic three, then Mukti, Ani, Jamrul, Likhan, Mitra (fonts-beng-extra),
     * FreeSerif and FreeSans (fonts-freefont-ttf), those found.
     */
    public List<String> allNames() {
        return List.copyOf(faces.keySet());
    }

    public Font regular(String name, float size) {
        return face(name).regular().deriveFont(Font.PLAIN, size);
    }

    /** The bold face, or the regular one emboldened by Java2D when the font has no bold file (Lohit). */
    public Font bold(String name, float size) {
        Face f = face(name);
        return f.bold() != null ? f.bold().deriveFont(Font.PLAIN, size) : f.regular().deriveFont(Font.BOLD, size);
    }

    private Face face(String name) {
        Face f = faces.get(name);
        if (f == null) {
            throw new IllegalArgumentException("font " + name + " not installed; have " + faces.keySet());
        }
        return f;
    }
}
