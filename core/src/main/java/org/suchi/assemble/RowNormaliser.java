package org.suchi.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.suchi.model.Level;
import org.suchi.model.Row;
import org.suchi.model.Warning;
import org.suchi.normalise.BanglaText;
import org.suchi.normalise.Achievements;
import org.suchi.normalise.FiscalYear;
import org.suchi.normalise.Numbers;
import org.suchi.normalise.Parsed;
import org.suchi.normalise.Units;
import org.suchi.normalise.ValueCore;
import org.suchi.reading.Reread;

/**
 * Stage "normalise" applied to a drafted row: every raw cell text becomes its report/1 value, and
 * every cell that could not be read or did not parse becomes a warning on that row (never a silent guess).
 */
final class RowNormaliser {
    private final BiFunction<String, FiscalYear, Parsed<LocalDate>> dates;
    private final AchievementReader achievements;

    RowNormaliser(BiFunction<String, FiscalYear, Parsed<LocalDate>> dates, AchievementReader achievements) {
        this.dates = dates;
        this.achievements = achievements;
    }

    record Result(Row row, List<Warning> warnings) {}

    Result normalise(RowDraft d, FiscalYear fy, List<Level> levels) {
        List<Warning> w = new ArrayList<>();
        String code = d.indicatorCode;
        for (String p : d.problems) w.add(new Warning(d.page, code, "indicator.code", p));

        ColumnNumberRun.remove(d, levels).forEach((field, msg) -> w.add(new Warning(d.page, code, field, msg)));
        String unit = unit(d, w, code);
        Number weight = number(d.weight, "weight", d, w, false);
        if (weight == null && w.stream().noneMatch(x -> "weight".equals(x.field()))) {
            // every indicator of a plan has its weight (মান): an empty reading is a doubt, never a silent null
            w.add(new Warning(d.page, code, "weight", d.weight == null ? "no weight was read for the indicator"
                    : "the weight cell \"" + d.weight.strip() + "\" holds no number"));
        }
        Map<String, Object> targets = new LinkedHashMap<>();
        for (Level l : levels) {
            String raw = d.targets.get(l);
            targets.put(l.key(), value(raw, unit, fy, "targets." + l.key(), d, w));
        }
        inLevelOrder(targets, d, w);
        noZeroTargets(targets, d, w);
        if (Row.UNIT_DATE.equals(unit)) DateSteps.repair(targets, levels, d.targets, code, d.page, w);
        Object achievement;
        String progress = text(d.progress);
        if (d.hasAchievementColumn) {
            achievement = value(d.achievement, unit, fy, "achievement", d, w, true);
            if (progress == null) progress = text(d.achievement);
        } else if (!d.hasProgressColumn) {
            achievement = null;
            String msg = "the table's progress/remarks column was not found: its text and any achievement it states were not read";
            w.add(new Warning(d.page, code, "progress", msg));
            w.add(new Warning(d.page, code, "achievement", msg));
        } else {
            achievement = achievements.fromText(progress, unit, fy).orElse(null);
            Optional<String> doubt = Achievements.doubt(progress, unit, fy, achievement);
            if (doubt.isPresent()) w.add(new Warning(d.page, code, "achievement", doubt.get()));
            else if (Row.UNIT_PERCENT.equals(unit) && achievement instanceof Number n && n.doubleValue() > 100) {
                w.add(new Warning(d.page, code, "achievement", "percent " + n + " stated in the progress text is over 100"));
            }
            else if (achievement != null && w.stream().anyMatch(x -> "unit".equals(x.field()))) {
                // the value was read from the text for the unit: a unit in doubt makes the value a doubt too
                w.add(new Warning(d.page, code, "achievement", "read from the progress text as " + achievement
                        + " for unit " + unit + ", but the unit is in doubt"));
            } else if (achievement == null && d.doubts.containsKey("progress")) {
                w.add(new Warning(d.page, code, "achievement", "no achievement read from a progress text in doubt ("
                        + d.doubts.get("progress") + ")"));
            } else if (achievement != null && d.doubts.containsKey("progress")) {
                w.add(new Warning(d.page, code, "achievement", "read as " + achievement + " from a progress text in doubt ("
                        + d.doubts.get("progress") + ")"));
            } else if (achievement == null && progress != null && progressConfidence(d) < POOR_TEXT) {
                w.add(new Warning(d.page, code, "achievement", String.format(java.util.Locale.ROOT,
                        "no achievement read from a progress text read poorly (confidence %.2f): one it states may be lost",
                        progressConfidence(d))));
            }
        }
        Number score = number(d.score, "reported_score", d, w, false);

        Row.Area area = new Row.Area(d.areaCode, text(d.areaText), number(d.areaWeight, "area.weight", d, w, false));
        if (!d.hasAreaColumn) {
            // a form without an area column: the area is the ক্রম number
            area = new Row.Area(d.serial, null, null);
        }
        // a reading the readers disagreed on is a doubt even when it parses: say so, once per field
        for (Map.Entry<String, String> e : d.doubts.entrySet()) {
            boolean warned = w.stream().anyMatch(x -> e.getKey().equals(x.field()));
            if (!warned) w.add(new Warning(d.page, code, e.getKey(), e.getValue()));
        }
        double conf = d.confidences.isEmpty() ? 0.5
                : d.confidences.stream().mapToDouble(Double::doubleValue).average().orElse(0.5);
        conf *= Math.pow(0.85, w.size());
        Row row = new Row(area, new Row.Activity(d.activityCode, text(d.activityText)),
                new Row.Indicator(code, text(d.indicatorText)), unit, weight, targets, achievement, progress, score,
                d.page, Math.round(conf * 1000) / 1000.0);
        return new Result(row, w);
    }

    /** Targets out of level order whose cells had second readings: the readings that put the row in order win. */
    private static void inLevelOrder(Map<String, Object> targets, RowDraft d, List<Warning> w) {
        Map<String, ReadingChoice.Choice> read = new LinkedHashMap<>();
        for (String k : targets.keySet()) {
            ReadingChoice.Choice c = d.chosen.get("targets." + k);
            if (c != null) read.put(k, c);
        }
        if (read.isEmpty()) return;
        for (Map.Entry<String, ReadingChoice.Choice> e : LevelOrder.repair(targets, read).entrySet()) {
            String field = "targets." + e.getKey();
            ReadingChoice.Choice c = e.getValue();
            targets.put(e.getKey(), c.value());
            d.chosen.put(field, c);
            w.removeIf(x -> field.equals(x.field()) && code(x, d));
            String first = d.targets.entrySet().stream().filter(t -> t.getKey().key().equals(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse("");
            w.add(new Warning(d.page, d.indicatorCode, field, "the targets as read were not in level order; "
                    + c.explain(first) + ", which puts them in order"));
        }
    }

    /**
     * A target of 0 is no target: the forms print a dash where a level has none, and no plan sets a count or a percent
     * of 0 (none in the seeds, the catalogue or the corpus). A ০ read in a target cell is a dash, a stamp's dot or a
     * blot of small type; it is taken as no value, with a warning.
     */
    private static void noZeroTargets(Map<String, Object> targets, RowDraft d, List<Warning> w) {
        for (Map.Entry<String, Object> e : targets.entrySet()) {
            if (e.getValue() instanceof Number n && n.doubleValue() == 0) {
                e.setValue(null);
                w.add(new Warning(d.page, d.indicatorCode, "targets." + e.getKey(), "read as ০, but no plan sets a target of 0:"
                        + " a dash or a mark read as a digit, taken as no target"));
            }
        }
    }

    private static boolean code(Warning x, RowDraft d) {
        return java.util.Objects.equals(x.indicator(), d.indicatorCode);
    }

    /** A unit cell that reads as digits only: the % sign, which Tesseract takes for ৯, ৯০ or 9. */
    private static final java.util.regex.Pattern PERCENT_MISREAD = java.util.regex.Pattern.compile("^[0-9০-৯%]{1,3}$");

    private static String unit(RowDraft d, List<Warning> w, String code) {
        if (d.unit != null && PERCENT_MISREAD.matcher(d.unit.strip()).matches() && !d.unit.strip().equals("%")) {
            w.add(new Warning(d.page, code, "unit", "unit cell read as \"" + d.unit.strip()
                    + "\": a unit cell holds no number, taken as the % sign"));
            return Row.UNIT_PERCENT;
        }
        Parsed<String> u = Units.parse(d.unit);
        if (u.present() && u.ok()) return u.value();
        String inferred = inferUnit(d);
        if (u.present()) {
            if (inferred != null && !inferred.equals(u.value())) {
                w.add(new Warning(d.page, code, "unit", "unit read as " + u.value() + " but the targets look like "
                        + inferred + (u.problem() != null ? " (" + u.problem() + ")" : "")));
                return inferred;
            }
            w.add(new Warning(d.page, code, "unit", u.problem()));
            return u.value();
        }
        if (inferred != null) {
            w.add(new Warning(d.page, code, "unit", "unit cell unreadable (" + (u.problem() == null ? "empty" : u.problem())
                    + "); " + inferred + " inferred from the targets"));
            return inferred;
        }
        w.add(new Warning(d.page, code, "unit", u.problem() == null ? "unit cell is empty" : u.problem()));
        return null;
    }

    /** The unit the target texts imply: dates have two separators, percents a % sign. */
    static String inferUnit(RowDraft d) {
        int date = 0, pct = 0, num = 0;
        for (String t : d.targets.values()) {
            if (t == null || Numbers.isNil(t)) continue;
            String a = BanglaText.toAsciiDigits(t);
            if (a.matches(".*\\d+\\s*[/.\\-]\\s*\\d+\\s*[/.\\-]\\s*\\d+.*") || a.replaceAll("\\D", "").length() >= 6) date++;
            else if (a.contains("%")) pct++;
            else if (a.matches(".*\\d.*")) num++;
        }
        if (date == 0 && pct == 0 && num == 0) return null;
        if (date >= pct && date >= num) return Row.UNIT_DATE;
        return pct >= num ? Row.UNIT_PERCENT : Row.UNIT_COUNT;
    }

    private Object value(String raw, String unit, FiscalYear fy, String field, RowDraft d, List<Warning> w) {
        return value(raw, unit, fy, field, d, w, false);
    }

    private Object value(String raw, String unit, FiscalYear fy, String field, RowDraft d, List<Warning> w, boolean lenient) {
        List<Reread> rereads = rereads(d, field, raw != null && !parse(raw, unit, fy).ok());
        if (raw != null && !rereads.isEmpty()) {
            // the first reading was weak: the readings that parse and fit the unit choose
            ReadingChoice.Choice c = ReadingChoice.choose(raw, firstConfidence(d, field), rereads,
                    s -> Row.UNIT_COUNT.equals(unit) && s.contains("%") ? Parsed.fail("a count with a % sign", s) : parse(s, unit, fy),
                    v -> fits(v, unit, fy));
            d.chosen.put(field, c);
            if (c.changed()) {
                w.add(new Warning(d.page, d.indicatorCode, field, c.explain(raw)));
                return c.value();
            }
            if (!c.unanimous() && parse(raw, unit, fy).ok()) {
                w.add(new Warning(d.page, d.indicatorCode, field, c.explain(raw)));
            }
        }
        if (raw == null || Numbers.isNil(raw)) return null;
        Parsed<?> p = parse(raw, unit, fy);
        if (p.problem() != null) {
            w.add(new Warning(d.page, d.indicatorCode, field, p.problem()));
        } else if (Row.UNIT_PERCENT.equals(unit) && p.value() instanceof Number n && n.doubleValue() > 100) {
            w.add(new Warning(d.page, d.indicatorCode, field, "percent " + n + " is over 100"));
        }
        return p.value();
    }

    /** {@code raw} parsed as a value of {@code unit}: a date (its year repaired within the fiscal year), a percent or a count. */
    private Parsed<?> parse(String raw, String unit, FiscalYear fy) {
        if (raw == null || Numbers.isNil(raw)) return Parsed.empty(raw);
        if (Row.UNIT_DATE.equals(unit)) {
            Parsed<LocalDate> pd = FiscalYearRepair.repair(dates.apply(raw, fy), raw, fy);
            return pd.map(LocalDate::toString);
        } else if (Row.UNIT_PERCENT.equals(unit)) {
            // Tesseract reads a % followed by a stray ০ ("৭৫%০"): the ০ after the sign is noise
            return Numbers.parsePercent(raw.replaceAll("%\\s*[০0]+\\s*$", "%"));
        }
        return Numbers.parseCount(raw);
    }

    /** Dates of a plan lie within half a year of its fiscal year (targets within it, stated dates near it). */
    static final int DATE_SLACK_MONTHS = 6;

    /** Whether a parsed value meets its unit's constraints beyond parsing: a percent at most 100, a date near the fiscal year. */
    static boolean fits(Object v, String unit, FiscalYear fy) {
        if (v instanceof Number n) return n.doubleValue() >= 0 && (!Row.UNIT_PERCENT.equals(unit) || n.doubleValue() <= 100);
        if (v instanceof String s && Row.UNIT_DATE.equals(unit)) {
            if (fy == null) return true;
            LocalDate dt;
            try {
                dt = LocalDate.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
            return !dt.isBefore(fy.start().minusMonths(DATE_SLACK_MONTHS)) && !dt.isAfter(fy.end().plusMonths(DATE_SLACK_MONTHS));
        }
        return true;
    }

    /** How the reading of one line of a field of several lines is named. */
    static final String LINE_ALONE = "line %d alone";
    static final String CORE = "the value without the marks around it";

    /**
     * The other readings of a field: the second readings of its value line when the first was weak; for a field
     * of several lines (a value with stroke remnants read as lines of their own), each line with a digit alone
     * and its second readings; and, when the first reading does not parse ({@code failed}), the one value among
     * marks ({@link ValueCore}). Empty when there is nothing to choose from.
     */
    static List<Reread> rereads(RowDraft d, String field, boolean failed) {
        List<Piece> ps = d.sources.get(field);
        List<Reread> out = new ArrayList<>();
        List<Piece> lines = ps == null ? List.of() : ps.stream().filter(p -> !p.text().isEmpty()).toList();
        if (lines.size() == 1) {
            out.addAll(lines.get(0).rereads());
        } else {
            for (int i = 0; i < lines.size(); i++) {
                Piece p = lines.get(i);
                if (!BanglaText.digitsOnly(p.text()).isEmpty()) {
                    out.add(new Reread(p.text(), p.confidence(), String.format(LINE_ALONE, i + 1)));
                    out.addAll(p.rereads());
                }
            }
        }
        if (failed && ps != null) {
            String joined = String.join(" ", lines.stream().map(Piece::text).toList());
            ValueCore.of(joined).ifPresent(c -> out.add(new Reread(c, firstConfidence(d, field), CORE)));
        }
        return out;
    }

    private static double firstConfidence(RowDraft d, String field) {
        List<Piece> ps = d.sources.get(field);
        if (ps == null) return 0;
        for (Piece p : ps) if (!p.text().isEmpty()) return p.confidence();
        return 0;
    }

    private static Number number(String raw, String field, RowDraft d, List<Warning> w, boolean percent) {
        List<Reread> rereads = rereads(d, field, raw != null && !Numbers.parse(raw).ok());
        if (raw != null && !rereads.isEmpty()) {
            // weights and scores are numbers of at most 100
            ReadingChoice.Choice c = ReadingChoice.choose(raw, firstConfidence(d, field), rereads,
                    s -> percent ? Numbers.parsePercent(s) : Numbers.parse(s),
                    v -> v instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 100);
            d.chosen.put(field, c);
            if (c.changed()) {
                w.add(new Warning(d.page, d.indicatorCode, field, c.explain(raw)));
                return (Number) c.value();
            }
            if (!c.unanimous() && Numbers.parse(raw).ok()) w.add(new Warning(d.page, d.indicatorCode, field, c.explain(raw)));
        }
        if (raw == null) return null;
        Parsed<Number> p = percent ? Numbers.parsePercent(raw) : Numbers.parse(raw);
        if (p.problem() != null) w.add(new Warning(d.page, d.indicatorCode, field, p.problem()));
        return p.value();
    }

    static String text(String raw) {
        if (raw == null) return null;
        String t = BanglaText.cleanOcr(raw);
        if (t.isEmpty() || BanglaText.isDashOnly(t)) return null;
        return t;
    }

    /** Below this OCR confidence a text counts as read poorly (the review queue's threshold for a low confidence). */
    static final double POOR_TEXT = 0.7;

    /** The lowest OCR confidence of the pieces the progress text was read from (1 when none is known). */
    private static double progressConfidence(RowDraft d) {
        double min = 1;
        for (Piece p : d.sources.getOrDefault("progress", List.of())) {
            if (!p.text().isEmpty()) min = Math.min(min, p.confidence());
        }
        return min;
    }
}
