package org.suchi.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.suchi.model.Level;

/**
 * The indicator catalogue: one {@link Template} per plan template (file {@code config/catalogue/*.json}),
 * each with its fiscal years, form, target levels, and the areas, activities and indicators of the plan.
 * See {@code config/README.md} for the file format.
 *
 * <pre>{@code
 * Catalogue cat = Catalogue.loadDefault();                  // config/catalogue of the project
 * Catalogue.Template b = cat.find("2024-25", "ministry").orElseThrow();
 * Catalogue.Indicator i = b.indicator("1.5.2").orElseThrow(); // unit "date", weight 3
 * }</pre>
 */
public final class Catalogue {
    /** Units an indicator may have (as in report/1). */
    public static final Set<String> UNITS = Set.of("date", "count", "percent");
    /** Forms: the ministry/division plan, or the plan of departments/agencies and field offices. */
    public static final String FORM_MINISTRY = "ministry";
    public static final String FORM_FIELD = "field";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final List<Template> templates;

    public Catalogue(List<Template> templates) {
        this.templates = List.copyOf(templates);
        Set<String> ids = new HashSet<>();
        for (Template t : this.templates) {
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("duplicate catalogue template id " + t.id());
            }
        }
    }

    /** Loads every {@code *.json} of {@code dir}, in file-name order. */
    public static Catalogue load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no catalogue files (*.json) in " + dir);
        }
        List<Template> ts = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                ts.add(parse(in, f.getFileName().toString()));
            }
        }
        return new Catalogue(ts);
    }

    /** Where the jar carries a copy of {@code config/catalogue}, for a run outside the project folder. */
    public static final String RESOURCE = "config/catalogue";

    /**
     * Loads {@code config/catalogue} of the project (see {@link ProjectPaths}), or, outside the project
     * folder, the copy inside the jar.
     */
    public static Catalogue loadDefault() {
        return ConfigFolder.load("catalogue", "the catalogue", Catalogue::load);
    }

    /** Parses one catalogue file and checks it (see {@link Template#validate()}). */
    public static Template parse(InputStream in, String name) throws IOException {
        Template t;
        try {
            t = MAPPER.readValue(in, Template.class);
        } catch (IOException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
        try {
            t.validate();
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
        return t;
    }

    public List<Template> templates() {
        return templates;
    }

    /** The template with this id (file name without {@code .json}, e.g. {@code 2023-24-ministry}). */
    public Template template(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no catalogue template " + id));
    }

    /** The template with this letter (A, B, C as in the dev corpus). */
    public Optional<Template> byLetter(String letter) {
        return templates.stream().filter(t -> t.template().equalsIgnoreCase(letter)).findFirst();
    }

    /** The template of this fiscal year ({@code "2023-24"}) and form ({@link #FORM_MINISTRY}/{@link #FORM_FIELD}). */
    public Optional<Template> find(String fiscalYear, String form) {
        return templates.stream()
                .filter(t -> t.fiscalYears().contains(fiscalYear) && t.form().equals(form)).findFirst();
    }

    /** All templates used in a fiscal year. */
    public List<Template> forFiscalYear(String fiscalYear) {
        return templates.stream().filter(t -> t.fiscalYears().contains(fiscalYear)).toList();
    }

    /** One plan template. {@code template} is its letter (A/B/C); {@code fiscalYears} the years that use it. */
    public record Template(String id, String template, String name, String form, List<String> fiscalYears,
                           List<String> sources, List<String> notes, boolean areaColumn, List<Level> levels,
                           List<Area> areas) {
        public Template {
            fiscalYears = List.copyOf(fiscalYears);
            sources = sources == null ? List.of() : List.copyOf(sources);
            notes = notes == null ? List.of() : List.copyOf(notes);
            levels = List.copyOf(levels);
            areas = List.copyOf(areas);
        }

        /** The fiscal year the catalogue's target dates belong to (the first of {@link #fiscalYears()}). */
        public String baseFiscalYear() {
            return fiscalYears.get(0);
        }

        /** Level keys in column order. */
        public List<String> levelKeys() {
            return levels.stream().map(Level::key).toList();
        }

        /** Every indicator with its area and activity, in plan order. */
        public List<Entry> entries() {
            List<Entry> out = new ArrayList<>();
            for (Area a : areas) {
                for (Activity act : a.activities()) {
                    for (Indicator i : act.indicators()) {
                        out.add(new Entry(a, act, i));
                    }
                }
            }
            return out;
        }

        public List<Indicator> indicators() {
            return entries().stream().map(Entry::indicator).toList();
        }

        /** The indicator (code {@code "1.5.2"}) with its area and activity. */
        public Optional<Entry> entry(String indicatorCode) {
            return entries().stream().filter(e -> e.indicator().code().equals(indicatorCode)).findFirst();
        }

        public Optional<Indicator> indicator(String code) {
            return entry(code).map(Entry::indicator);
        }

        public Optional<Activity> activity(String code) {
            return areas.stream().flatMap(a -> a.activities().stream()).filter(a -> a.code().equals(code)).findFirst();
        }

        public Optional<Area> area(String code) {
            return areas.stream().filter(a -> a.code().equals(code)).findFirst();
        }

        /** Sum of the indicator weights (50 in every plan so far). */
        public int totalWeight() {
            return indicators().stream().mapToInt(Indicator::weight).sum();
        }

        /** Checks codes, units, levels and targets; throws {@link IllegalArgumentException} on the first problem. */
        public void validate() {
            require(id != null && !id.isBlank(), "id missing");
            require(template != null && !template.isBlank(), "template letter missing");
            require(FORM_MINISTRY.equals(form) || FORM_FIELD.equals(form), "form must be ministry or field: " + form);
            require(!fiscalYears.isEmpty(), "fiscal_years empty");
            for (String fy : fiscalYears) {
                require(fy.matches("\\d{4}-\\d{2}"), "fiscal year not YYYY-YY: " + fy);
            }
            require(!levels.isEmpty(), "levels empty");
            Set<String> codes = new HashSet<>();
            for (Area a : areas) {
                require(a.code().matches("\\d+"), "area code " + a.code());
                require(codes.add(a.code()), "duplicate code " + a.code());
                require(areaColumn == (a.text() != null), "area " + a.code()
                        + ": text must be given exactly when the table has an area column");
                int sum = 0;
                for (Activity act : a.activities()) {
                    require(act.code().startsWith(a.code() + ".") && act.code().matches("\\d+\\.\\d+"),
                            "activity code " + act.code() + " not under area " + a.code());
                    require(codes.add(act.code()), "duplicate code " + act.code());
                    for (Indicator i : act.indicators()) {
                        String c = i.code();
                        require(c.startsWith(act.code() + ".") && c.matches("\\d+\\.\\d+\\.\\d+"),
                                "indicator code " + c + " not under activity " + act.code());
                        require(codes.add(c), "duplicate code " + c);
                        require(UNITS.contains(i.unit()), c + ": unit " + i.unit());
                        require(i.weight() > 0, c + ": weight");
                        require(i.targets().keySet().equals(new java.util.LinkedHashSet<>(levelKeys()))
                                        && List.copyOf(i.targets().keySet()).equals(levelKeys()),
                                c + ": targets must have the level keys " + levelKeys() + " in order");
                        for (Object v : i.targets().values()) {
                            checkTarget(c, i.unit(), v);
                        }
                        sum += i.weight();
                    }
                }
                if (a.weight() != null) {
                    require(a.weight() == sum, "area " + a.code() + ": weight " + a.weight()
                            + " is not the sum of its indicator weights " + sum);
                }
            }
        }

        private static void checkTarget(String code, String unit, Object v) {
            if (v == null) {
                return;
            }
            if ("date".equals(unit)) {
                require(v instanceof String, code + ": date target must be an ISO date string");
                try {
                    LocalDate.parse((String) v);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(code + ": bad date target " + v);
                }
            } else {
                require(v instanceof Number, code + ": " + unit + " target must be a number: " + v);
            }
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }

    /** Area of the plan ([১]). Templates without an area column have null text and weight. */
    public record Area(String code, String text, Integer weight, List<Activity> activities) {
        public Area {
            activities = List.copyOf(activities);
        }
    }

    /** Activity ([১.১]). */
    public record Activity(String code, String text, List<Indicator> indicators) {
        public Activity {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * Performance indicator ([১.১.১]). {@code targets} are the typical targets printed in the seed report, by level key
     * (ISO date, number, or null for {@code -}). {@code altTexts} holds the wording used by other kinds of office
     * (key {@code agency}: departments and agencies reporting on the ministry form).
     */
    public record Indicator(String code, String text, Map<String, String> altTexts, String unit, int weight,
                            Map<String, Object> targets) {
        public Indicator {
            altTexts = altTexts == null ? Map.of() : Map.copyOf(altTexts);
            targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        }

        /** The wording for a kind of office ({@code agency}, …), or the plain text when there is none. */
        public String text(String officeKind) {
            return altTexts.getOrDefault(officeKind, text);
        }
    }

    /** An indicator with the area and activity it belongs to. */
    public record Entry(Area area, Activity activity, Indicator indicator) {}
}
