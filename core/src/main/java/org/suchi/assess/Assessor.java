package org.suchi.assess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.suchi.model.DocumentAssessment;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.model.RowAssessment;
import org.suchi.model.Warning;

/**
 * Stage "assess": the score each indicator's achievement earns against its targets under the action-plan rules
 * ({@link AssessmentRules}), the document total, and warnings where the printed score disagrees or exceeds the weight,
 * or the targets are not in level order. Pure and thread-safe; works the same on a fresh extraction and on report/1 JSON read back.
 *
 * <pre>{@code
 * Assessor a = Assessor.standard();                              // config/assessment/rules.json
 * Report assessed = a.assess(report);                             // rows[].assessment, assessment, warnings
 * RowAssessment r = a.assessRow(targets, "date", 10, "2024-05-20"); // very_good, 94.29 %, 9.43
 * }</pre>
 */
public final class Assessor {
    /** Field of the warnings this stage owns (re-assessing a report replaces them). */
    public static final String FIELD = "assessment";
    private static final double EPS = 1e-9;

    private final AssessmentRules rules;

    public Assessor(AssessmentRules rules) {
        this.rules = rules;
    }

    /** An assessor with the project's rules ({@link AssessmentRules#loadDefault()}). */
    public static Assessor standard() {
        return new Assessor(AssessmentRules.loadDefault());
    }

    public AssessmentRules rules() {
        return rules;
    }

    /**
     * The report with every row's {@code assessment}, the document {@code assessment}, and the warnings of this stage
     * (earlier ones with field {@value #FIELD} are dropped first, so assessing twice gives the same report).
     */
    public Report assess(Report report) {
        List<Row> rows = new ArrayList<>();
        List<Warning> mine = new ArrayList<>();
        double total = 0, max = 0, reported = 0;
        boolean anyReported = false;
        int scored = 0, disagreements = 0;
        for (Row row : report.rows()) {
            RowAssessment a = assessRow(row);
            rows.add(row.withAssessment(a));
            String code = row.indicator() == null ? null : row.indicator().code();
            Integer page = row.page() > 0 ? row.page() : null;
            orderProblem(row.targets(), row.unit()).ifPresent(p -> mine.add(new Warning(page, code, "targets", p)));
            if (row.weight() != null && usableWeight(row.weight())) max += row.weight().doubleValue();
            if (row.weight() != null && !usableWeight(row.weight())) {
                mine.add(new Warning(page, code, "weight", "weight " + row.weight() + " is not a usable number: not scored"));
            }
            if (row.reportedScore() != null) {
                anyReported = true;
                reported += row.reportedScore().doubleValue();
                if (row.weight() != null && row.reportedScore().doubleValue() > row.weight().doubleValue() + EPS) {
                    mine.add(new Warning(page, code, FIELD, "reported score " + row.reportedScore()
                            + " is more than the indicator's weight " + row.weight()));
                    // the score itself is in doubt (a lost decimal point: ৭.২ read as ৭২), and so is the weight
                    String msg = "reported score " + row.reportedScore() + " is more than the weight " + row.weight()
                            + ": one of them is misread, or the office scored beyond the weight";
                    mine.add(new Warning(page, code, "reported_score", msg));
                    mine.add(new Warning(page, code, "weight", msg));
                }
            }
            if (a.scored()) {
                scored++;
                total += a.score();
                if (row.reportedScore() != null && !agrees(row.reportedScore(), a.score())) {
                    disagreements++;
                    mine.add(new Warning(page, code, FIELD, disagreement(row, a)));
                    mine.addAll(suspects(row, a, page, code));
                }
            }
        }
        Set<Warning> fresh = new LinkedHashSet<>(mine);
        List<Warning> warnings = new ArrayList<>();
        for (Warning w : report.warnings()) {
            if (!FIELD.equals(w.field()) && !fresh.contains(w)) warnings.add(w);
        }
        warnings.addAll(fresh);
        DocumentAssessment doc = new DocumentAssessment(rules.id(), round2(total), round2(max),
                anyReported ? round2(reported) : null, scored, rows.size() - scored, disagreements);
        return new Report(report.schema(), report.source(), report.document(), report.levels(), rows, warnings, doc);
    }

    /** {@link #assessRow(Map, String, Number, Object)} of a row's values. */
    public RowAssessment assessRow(Row row) {
        return assessRow(row.targets(), row.unit(), row.weight(), row.achievement());
    }

    /**
     * What {@code achievement} earns against {@code targets}.
     *
     * @param targets     level key → ISO date string, number, or null, as in report/1 (other keys are ignored)
     * @param unit        {@code date}, {@code count}, {@code percent}; null: taken from the achievement's type
     * @param weight      the indicator's weight (মান), or null
     * @param achievement ISO date string or number, or null
     */
    public RowAssessment assessRow(Map<String, ?> targets, String unit, Number weight, Object achievement) {
        Merit.Kind kind = Merit.kindOf(unit, achievement != null ? achievement : firstTarget(targets));
        boolean higher = higherIsBetter(unit, kind);
        List<Target> levels = targets(targets, kind, higher);
        if (levels.isEmpty()) return new RowAssessment(null, null, null, RowAssessment.STATUS_NO_TARGETS);
        if (achievement == null) return new RowAssessment(null, null, null, RowAssessment.STATUS_NO_ACHIEVEMENT);
        OptionalDouble am = Merit.of(achievement, kind, higher);
        if (am.isEmpty()) return new RowAssessment(null, null, null, RowAssessment.STATUS_BAD_ACHIEVEMENT);
        double a = am.getAsDouble();
        String level = null;
        double percent = rules.belowLowestPercent();
        for (int i = 0; i < levels.size(); i++) {
            Target t = levels.get(i);
            if (a + EPS < t.merit()) continue;
            level = t.key();
            percent = t.percent();
            if (i > 0 && AssessmentRules.LINEAR.equals(rules.betweenLevels())) {
                Target up = levels.get(i - 1); // not met, so up.merit > a >= t.merit
                percent += (up.percent() - t.percent()) * (a - t.merit()) / (up.merit() - t.merit());
            }
            break;
        }
        String status = level == null ? RowAssessment.STATUS_BELOW_LOWEST : RowAssessment.STATUS_SCORED;
        if (weight == null || !usableWeight(weight)) return new RowAssessment(level, round2(percent), null, RowAssessment.STATUS_NO_WEIGHT);
        return new RowAssessment(level, round2(percent), round2(percent * weight.doubleValue() / 100), status);
    }

    /**
     * Why the targets are not in level order, or empty: going down the levels each target must be no better than
     * the one above (for counts and percents not larger; for dates not earlier). Null targets are skipped.
     */
    public Optional<String> orderProblem(Map<String, ?> targets, String unit) {
        Merit.Kind kind = Merit.kindOf(unit, firstTarget(targets));
        boolean higher = higherIsBetter(unit, kind);
        List<Target> levels = targets(targets, kind, higher);
        List<String> bad = new ArrayList<>();
        for (int i = 1; i < levels.size(); i++) {
            Target up = levels.get(i - 1), down = levels.get(i);
            if (down.merit() > up.merit() + EPS) {
                bad.add(down.key() + " " + down.value() + (kind == Merit.Kind.DATE ? (higher ? " is later than " : " is earlier than ")
                        : (higher ? " is more than " : " is less than ")) + up.key() + " " + up.value());
            }
        }
        if (bad.isEmpty()) return Optional.empty();
        String rule = kind == Merit.Kind.DATE ? (higher ? "later is better" : "earlier is better")
                : (higher ? "higher is better" : "lower is better");
        return Optional.of("targets not in level order (" + rule + "): " + String.join("; ", bad));
    }

    /**
     * True when a printed score is the computed one up to rounding: within half a unit of the last decimal the
     * printed number shows (9 agrees with 9.43, 9.4 with 9.43, 9.5 does not).
     */
    public static boolean agrees(Number reported, double computed) {
        BigDecimal r = new BigDecimal(reported.toString()).stripTrailingZeros();
        int decimals = Math.min(3, Math.max(0, r.scale()));
        double tolerance = 0.5 * Math.pow(10, -decimals) + EPS;
        return Math.abs(r.doubleValue() - computed) <= tolerance;
    }

    private boolean higherIsBetter(String unit, Merit.Kind kind) {
        return rules.higherIsBetter(unit)
                .or(() -> rules.higherIsBetter(kind == Merit.Kind.DATE ? Row.UNIT_DATE : Row.UNIT_COUNT))
                .orElse(kind != Merit.Kind.DATE);
    }

    /** A level with a comparable target. */
    private record Target(String key, int percent, Object value, double merit) {}

    /** The targets the rules know and the unit can compare, best level (highest percent) first. */
    private List<Target> targets(Map<String, ?> targets, Merit.Kind kind, boolean higher) {
        List<Target> out = new ArrayList<>();
        if (targets == null) return out;
        for (Map.Entry<String, ?> e : targets.entrySet()) {
            Integer p = rules.levelPercents().get(e.getKey());
            OptionalDouble m = Merit.of(e.getValue(), kind, higher);
            if (p != null && m.isPresent()) out.add(new Target(e.getKey(), p, e.getValue(), m.getAsDouble()));
        }
        out.sort(Comparator.comparingInt(Target::percent).reversed());
        return out;
    }

    private static Object firstTarget(Map<String, ?> targets) {
        if (targets == null) return null;
        return targets.values().stream().filter(v -> v != null).findFirst().orElse(null);
    }

    private static String disagreement(Row row, RowAssessment a) {
        String lvl = a.level() == null ? "below every target" : a.level() + ", " + a.percent() + "% of weight " + row.weight();
        return "reported score " + row.reportedScore() + " but achievement " + row.achievement()
                + " earns " + a.score() + " against the targets (" + lvl + ")";
    }

    /**
     * When the reported score is exactly one level's share of the weight (৩ of ৩: অসাধারণ; ০: below every target) and
     * the achievement reached another level, one of the values is misread (a target ১ read as ৯ leaves an achievement of
     * ২ below it): a warning on each of them, the reported score, the achievement and the targets of both levels. An
     * interpolated or rounded score stands for no one level and points at nothing.
     */
    private List<Warning> suspects(Row row, RowAssessment a, Integer page, String code) {
        if (row.weight() == null || row.weight().doubleValue() <= 0) return List.of();
        double pct = row.reportedScore().doubleValue() / row.weight().doubleValue() * 100;
        String implied = null;
        if (Math.abs(pct) < 0.5) implied = BELOW;
        for (Map.Entry<String, Integer> e : rules.levelPercents().entrySet()) if (Math.abs(e.getValue() - pct) < 0.5) implied = e.getKey();
        String reached = a.level() == null ? BELOW : a.level();
        if (implied == null || implied.equals(reached)) return List.of();
        String msg = "the reported score " + row.reportedScore() + " stands for " + levelName(implied) + " but the achievement "
                + row.achievement() + " reached " + levelName(reached) + ": the score, the achievement or a target is misread";
        List<Warning> out = new ArrayList<>();
        out.add(new Warning(page, code, "reported_score", msg));
        out.add(new Warning(page, code, "achievement", msg));
        for (String k : new String[] {implied, reached}) if (!k.equals(BELOW)) out.add(new Warning(page, code, "targets." + k, msg));
        return out;
    }

    private static final String BELOW = "below";

    private static String levelName(String key) {
        return key.equals(BELOW) ? "no level" : key;
    }

    /** A weight that can be scored: finite and at most a million (a report's weights add up to 100). */
    static boolean usableWeight(Number w) {
        double d = w.doubleValue();
        return Double.isFinite(d) && Math.abs(d) <= 1e6;
    }

    static double round2(double v) {
        if (!Double.isFinite(v) || Math.abs(v) > 1e15) return v; // nothing to round (and BigDecimal cannot hold infinity)
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
