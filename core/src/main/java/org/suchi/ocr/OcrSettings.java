package org.suchi.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How Tesseract is set up.
 *
 * @param dataPath  folder holding {@code <language>.traineddata}
 * @param language  Tesseract language, {@code ben} for Bangla
 * @param dpi       resolution of the images handed to the engine
 */
public record OcrSettings(Path dataPath, String language, int dpi) {
    /** Where Debian/Ubuntu put the models of tesseract-ocr-ben (tesseract 5, then 4). */
    public static final List<Path> SYSTEM_DATA_PATHS = List.of(
            Path.of("/usr/share/tesseract-ocr/5/tessdata"),
            Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
            Path.of("/usr/share/tessdata"));

    /** The first system folder that holds {@code language}.traineddata, or the env var TESSDATA_PREFIX's. */
    public static OcrSettings system(String language, int dpi) {
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null && Files.isRegularFile(Path.of(env, language + ".traineddata"))) {
            return new OcrSettings(Path.of(env), language, dpi);
        }
        for (Path p : SYSTEM_DATA_PATHS) {
            if (Files.isRegularFile(p.resolve(language + ".traineddata"))) return new OcrSettings(p, language, dpi);
        }
        return new OcrSettings(SYSTEM_DATA_PATHS.get(0), language, dpi);
    }
}
