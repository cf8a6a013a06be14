package org.suchi.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.suchi.config.Catalogue;
import org.suchi.model.Level;
import org.suchi.synth.DocPlan.Cover;
import org.suchi.synth.DocPlan.Line;
import org.suchi.synth.DocPlan.Look;
import org.suchi.synth.DocPlan.Office;
import org.suchi.synth.DocPlan.TableRow;

/** Decides the content and look of one document from a seed (java.util.Random; deterministic). */
final class Planner {
    /** Restrictions from the caller: template letter (null: any), single page (PNG/JPEG), cover (null: random). */
    record Constraints(String template, boolean singlePage, Boolean cover) {}

    private final Catalogue catalogue;
    private final OfficeDirectory offices;
    private final List<String> fonts;

    private final float sizeMin, sizeSpan;

    Planner(Catalogue catalogue, OfficeDirectory offices, List<String> fonts) {
        this(catalogue, offices, fonts, 7.6f, 2.0f);
    }

    /** Table type drawn from {@code sizeMin} to {@code sizeMin + sizeSpan} points (before fitting the page). */
    Planner(Catalogue catalogue, OfficeDirectory offices, List<String> fonts, float sizeMin, float sizeSpan) {
        this.catalogue = catalogue;
        this.offices = offices;
        this.fonts = List.copyOf(fonts);
        this.sizeMin = sizeMin;
        this.sizeSpan = sizeSpan;
    }

    DocPlan plan(String name, long seed, Constraints k) {
        Random r = new Random(seed);
        String letter = k.template() != null ? k.template().toUpperCase()
                : k.singlePage() ? "C" : weighted(r, new String[] {"A", "B", "C"}, new double[] {0.22, 0.3, 0.48});
        Catalogue.Template t = catalogue.byLetter(letter)
                .orElseThrow(() -> new IllegalArgumentException("no catalogue template " + letter));
        List<String> fys = t.fiscalYears();
        String fy = fys.size() == 1 || r.nextDouble() < 0.7 ? fys.get(0) : fys.get(1 + r.nextInt(fys.size() - 1));
        int fyStart = Integer.parseInt(fy.substring(0, 4));
        String period = weighted(r, new String[] {"Q1", "Q2", "Q3", "Q4", "H1", "annual"},
                new double[] {0.2, 0.3, 0.14, 0.2, 0.13, 0.03});
        Office office = pickOffice(t.form(), r);
        boolean cover = k.cover() != null ? k.cover() : !k.singlePage() && r.nextDouble() < 0.62;

        Texts tx = new Texts(r, fyStart, period);
        List<String> title = title(r, tx, office, cover);
        String ministryPrinted;
        if (cover) {
            ministryPrinted = office.ministry();
        } else {
            ministryPrinted = "ministry".equals(office.kind()) ? office.name() : null;
        }
        Look look = look(r, t, tx, k.singlePage());
        List<TableRow> rows = rows(r, t, office, tx, look);
        String signer = Progress.pick(r, offices.names().toArray(new String[0]));
        String designation = Progress.pick(r, offices.designations().toArray(new String[0]));
        Cover cv = cover ? cover(r, tx, office, signer, designation) : null;
        List<String> sig = r.nextDouble() < 0.75 ? List.of("(" + signer + ")", designation, office.name()) : List.of();
        return new DocPlan(name, seed, t, office, ministryPrinted, fy, fyStart, period, nfc(title), cv, look, rows,
                nfc(sig));
    }

    // ---------------------------------------------------------------- office, title

    private Office pickOffice(String form, Random r) {
        double x = r.nextDouble();
        if (Catalogue.FORM_MINISTRY.equals(form)) {
            if (x < 0.45) {
                OfficeDirectory.Named m = any(r, offices.ministries());
                return new Office(m.name(), "ministry", m.name(), m.web());
            } else if (x < 0.8) {
                OfficeDirectory.Named d = any(r, offices.divisions());
                return new Office(d.name(), "division", d.ministry(), d.web());
            }
            OfficeDirectory.Named a = any(r, offices.agencies());
            return new Office(a.name(), "agency", a.ministry(), null);
        }
        if (x < 0.35) {
            OfficeDirectory.Named a = any(r, offices.agencies());
            return new Office(a.name(), "agency", a.ministry(), null);
        } else if (x < 0.68) {
            OfficeDirectory.Named o = any(r, offices.districtOffices());
            return new Office(o.name() + ", " + any(r, offices.districts()), "district", o.ministry(), null);
        }
        OfficeDirectory.Named o = any(r, offices.upazilaOffices());
        OfficeDirectory.Upazila u = any(r, offices.upazilas());
        return new Office(o.name() + ", " + u.name() + ", " + u.district(), "upazila", o.ministry(), null);
    }

    /** Period, fiscal-year and month wording shared by the title, header and letter of one document. */
    static final class Texts {
        final int fyStart;
        final String period;
        final String fyShort;   // ২০২৩-২৪
        final String fyLong;    // ২০২৩-২০২৪
        final String fyPrinted; // the document's choice
        final String periodWord;
        final String months;    // with parentheses
        final String monthsBare;
        final LocalDate periodEnd;
        final LocalDate fyBegin;

        Texts(Random r, int fyStart, String period) {
            this.fyStart = fyStart;
            this.period = period;
            fyShort = Bangla.digits(fyStart + "-" + String.format("%02d", (fyStart + 1) % 100));
            fyLong = Bangla.digits(fyStart + "-" + (fyStart + 1));
            fyPrinted = r.nextBoolean() ? fyShort : fyLong;
            boolean words = r.nextDouble() < 0.4;
            periodWord = switch (period) {
                case "H1" -> r.nextBoolean() ? "অর্ধবার্ষিক" : "অর্ধ-বার্ষিক";
                case "annual" -> "বার্ষিক";
                default -> {
                    int q = period.charAt(1) - '0';
                    yield (words ? Bangla.ordinalWord(q) : Bangla.ordinal(q)) + " ত্রৈমাসিক";
                }
            };
            int m1;
            int m2;
            int y1;
            int y2;
            switch (period) {
                case "Q1" -> { m1 = 7; m2 = 9; y1 = fyStart; y2 = fyStart; }
                case "Q2" -> { m1 = 10; m2 = 12; y1 = fyStart; y2 = fyStart; }
                case "Q3" -> { m1 = 1; m2 = 3; y1 = fyStart + 1; y2 = fyStart + 1; }
                case "Q4" -> { m1 = 4; m2 = 6; y1 = fyStart + 1; y2 = fyStart + 1; }
                case "H1" -> { m1 = 7; m2 = 12; y1 = fyStart; y2 = fyStart; }
                default -> { m1 = 7; m2 = 6; y1 = fyStart; y2 = fyStart + 1; }
            }
            String a = Bangla.MONTHS[m1 - 1];
            String b = Bangla.MONTHS[m2 - 1];
            String ya = Bangla.digits(String.format("%02d", y1 % 100));
            String yb = Bangla.digits(String.format("%02d", y2 % 100));
            String yfull = Bangla.digits(y2);
            if (y1 != y2) {
                monthsBare = a + " " + Bangla.digits(y1) + " - " + b + " " + yfull;
            } else {
                monthsBare = switch (r.nextInt(4)) {
                    case 0 -> a + " " + ya + " – " + b + " " + yb;
                    case 1 -> a + " হতে " + b + ", " + yfull;
                    case 2 -> a + "-" + b + ", " + yfull;
                    default -> a + " - " + b + " " + yfull;
                };
            }
            months = "(" + monthsBare + ")";
            periodEnd = LocalDate.of(y2, m2, 1).plusMonths(1).minusDays(1);
            fyBegin = LocalDate.of(fyStart, 7, 1);
        }
    }

    private List<String> title(Random r, Texts tx, Office office, boolean cover) {
        String eg = "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা";
        int style = r.nextInt(cover ? 6 : 4);
        return switch (style) {
            case 0 -> List.of(eg + " " + tx.fyPrinted, tx.periodWord + " বাস্তবায়ন অগ্রগতি প্রতিবেদন " + tx.months,
                    office.name());
            case 1 -> List.of(office.name() + " - " + eg + " " + tx.fyPrinted + " এর " + tx.periodWord + " প্রতিবেদন "
                    + tx.months);
            case 2 -> List.of(Bangla.genitive(office.name()) + " ই-গভর্ন্যান্স ও উদ্ভাবন বিষয়ে " + tx.periodWord
                    + " স্ব-মূল্যায়ন প্রতিবেদন");
            case 3 -> List.of(Bangla.genitive(office.name()) + " ই-গভর্ন্যান্স ও উদ্ভাবন বিষয়ে " + tx.periodWord
                    + " স্ব-মূল্যায়ন প্রতিবেদন (" + tx.fyPrinted + " অর্থবছর)");
            case 4 -> List.of(eg + " " + tx.fyPrinted + " অর্থ-বছরের " + tx.months + " " + tx.periodWord + " প্রতিবেদন");
            default -> List.of(eg + " " + tx.fyPrinted, tx.periodWord + " বাস্তবায়ন অগ্রগতি প্রতিবেদন " + tx.months);
        };
    }

    // ---------------------------------------------------------------- look

    private Look look(Random r, Catalogue.Template t, Texts tx, boolean singlePage) {
        String font = fonts.get(r.nextInt(fonts.size()));
        float size = round1(sizeMin + r.nextFloat() * sizeSpan);
        float spacing = round2(1.22f + r.nextFloat() * 0.25f);
        boolean achv = r.nextDouble() < 0.27;
        boolean score = r.nextDouble() < 0.3;
        String achvHeader = Progress.pick(r, "ত্রৈমাসিক ভিত্তিতে মূল্যায়ন অর্জন", "অর্জন", tx.periodWord + " অর্জন",
                "প্রকৃত অর্জন");
        String progressHeader = Progress.pick(r, "অগ্রগতি/মন্তব্য", "মন্তব্য", "অগ্রগতি", "বাস্তবায়ন অগ্রগতি",
                tx.periodWord + " অগ্রগতি " + tx.months, "স্ব-মূল্যায়ন প্রতিবেদন");
        String scoreHeader = Progress.pick(r, "প্রাপ্ত স্কোর", "স্কোর (Marks)", "প্রাপ্ত নম্বর");
        return new Look(font, size, spacing, achv, score, r.nextDouble() < 0.6,
                r.nextDouble() < 0.65 ? DocPlan.PctStyle.ROW : DocPlan.PctStyle.IN_LABEL,
                r.nextDouble() < 0.8 ? DocPlan.Span.ROWSPAN : DocPlan.Span.BLANK,
                r.nextDouble() < 0.6, !singlePage && r.nextDouble() < 0.45, r.nextBoolean(), r.nextDouble() < 0.3,
                t.areaColumn() ? Progress.pick(r, "ক্রম", "ক্রম", "ক্রমিক নং") : Progress.pick(r, "ক্রম", "ক্রমিক নং"),
                "লক্ষ্যমাত্রা " + (r.nextDouble() < 0.7 ? tx.fyLong : tx.fyShort),
                achvHeader, progressHeader, scoreHeader,
                Progress.pick(r, "কর্মসম্পাদন সূচকের মান", "কর্মসম্পাদন সূচকের মান", "সূচকের মান"),
                round1(size + 2f + r.nextFloat() * 2.5f));
    }

    // ---------------------------------------------------------------- rows

    private List<TableRow> rows(Random r, Catalogue.Template t, Office office, Texts tx, Look look) {
        List<Catalogue.Entry> entries = t.entries();
        List<Level> levels = t.levels();
        // printed weights: sometimes one or two indicators off by one (areas follow)
        Map<String, Integer> weights = new HashMap<>();
        for (Catalogue.Entry e : entries) {
            weights.put(e.indicator().code(), e.indicator().weight());
        }
        if (r.nextDouble() < 0.3) {
            for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
                String c = entries.get(r.nextInt(entries.size())).indicator().code();
                weights.put(c, Math.max(1, weights.get(c) + (r.nextBoolean() ? 1 : -1)));
            }
        }
        Map<String, Integer> areaWeights = new HashMap<>();
        for (Catalogue.Entry e : entries) {
            areaWeights.merge(e.area().code(), weights.get(e.indicator().code()), Integer::sum);
        }
        // pairs: two indicators of one activity in one table row
        Set<Integer> pairStarts = new HashSet<>();
        if (r.nextDouble() < 0.3) {
            List<Integer> cands = new ArrayList<>();
            for (int i = 0; i + 1 < entries.size(); i++) {
                if (entries.get(i).activity().code().equals(entries.get(i + 1).activity().code())) {
                    cands.add(i);
                }
            }
            int n = cands.isEmpty() ? 0 : 1 + (r.nextDouble() < 0.3 ? 1 : 0);
            for (int j = 0; j < n && !cands.isEmpty(); j++) {
                int c = cands.remove(r.nextInt(cands.size()));
                if (!pairStarts.contains(c - 1) && !pairStarts.contains(c + 1)) {
                    pairStarts.add(c);
                }
            }
        }
        Bangla.DateStyle mainStyle = weighted(r, Bangla.DateStyle.values(), new double[] {0.45, 0.2, 0.15, 0.08, 0.12});
        boolean mixedDates = r.nextDouble() < 0.15;
        String nullMain = weighted(r, new String[] {"-", "--", ""}, new double[] {0.55, 0.2, 0.25});
        String serialFmt = t.areaColumn() ? Progress.pick(r, "%d", "%d", "%02d", "%d.")
                : Progress.pick(r, "%d", "%02d", "%02d", "%d.", "%02d.");
        boolean pctSign = r.nextDouble() < 0.9;
        int shift = Integer.parseInt(t.baseFiscalYear().substring(0, 4));
        shift = tx.fyStart - shift;
        double achieveP = switch (tx.period) {
            case "Q1" -> 0.4;
            case "Q2", "H1" -> 0.5;
            default -> 0.6;
        };

        List<Line> lines = new ArrayList<>();
        for (Catalogue.Entry e : entries) {
            Catalogue.Indicator ind = e.indicator();
            String unit = ind.unit();
            int weight = weights.get(ind.code());
            Map<String, Object> targets = targets(r, ind, levels, shift);
            String nullCell = r.nextDouble() < 0.1 ? Progress.pick(r, "-", "--", "") : nullMain;
            List<String> targetCells = new ArrayList<>();
            for (Level l : levels) {
                Object v = targets.get(l.key());
                String nc = r.nextDouble() < 0.05 ? Progress.pick(r, "-", "--", "") : nullCell;
                targetCells.add(v == null ? nc : cell(unit, v, mixedDates ? anyStyle(r) : mainStyle, pctSign, false, r));
            }
            // achievement
            Object ach = null;
            if (r.nextDouble() < achieveP) {
                ach = switch (unit) {
                    case "date" -> Progress.between(r, tx.fyBegin.plusDays(10), tx.periodEnd.minusDays(3)).toString();
                    case "count" -> {
                        int ex = targets.values().stream().filter(v -> v instanceof Integer).mapToInt(v -> (Integer) v)
                                .max().orElse(4);
                        yield 1 + r.nextInt(Math.max(1, ex) + 1);
                    }
                    default -> r.nextDouble() < 0.18 ? 100 : 50 + r.nextInt(51);
                };
            }
            Bangla.DateStyle textStyle = r.nextDouble() < 0.7 ? mainStyle : anyStyle(r);
            String otherDate = textStyle.format(Progress.between(r, tx.fyBegin, tx.periodEnd));
            Progress.Topic topic = Progress.topic(ind.text());
            boolean subordinate = ind.text().contains("আওতাধীন");
            String progress;
            if (ach != null && (!look.achvColumn() || r.nextDouble() < 0.4)) {
                progress = switch (unit) {
                    case "date" -> Progress.statingDate(topic, textStyle.format(LocalDate.parse((String) ach)), r);
                    case "count" -> Progress.statingCount(topic, (Integer) ach, otherDate, r);
                    default -> Progress.statingPercent(topic, (Integer) ach, r);
                };
            } else if (r.nextDouble() < 0.08) {
                progress = null;
            } else {
                progress = Progress.silent(topic, unit, otherDate, subordinate, r);
            }
            String achvCell = null;
            if (look.achvColumn()) {
                achvCell = ach == null ? nullCell : cell(unit, ach, mainStyle, true, true, r);
            }
            Number score = null;
            String scoreCell = null;
            if (look.scoreColumn()) {
                score = ach == null ? (r.nextDouble() < 0.6 ? Integer.valueOf(0) : null)
                        : score(ach, unit, targets, levels, weight);
                scoreCell = score == null ? nullCell : Bangla.digits(score.toString());
            }
            String indText = nfc(ind.text(office.wordingKind()));
            int areaNo = Integer.parseInt(e.area().code());
            lines.add(new Line(e,
                    Bangla.digits(String.format(serialFmt, areaNo)),
                    e.area().text() == null ? null : "[" + Bangla.digits(e.area().code()) + "] " + e.area().text(),
                    Bangla.digits(areaWeights.get(e.area().code())),
                    areaWeights.get(e.area().code()),
                    "[" + Bangla.digits(e.activity().code()) + "] " + e.activity().text(),
                    indText,
                    "[" + Bangla.digits(ind.code()) + "] " + indText,
                    unit,
                    switch (unit) {
                        case "date" -> "তারিখ";
                        case "count" -> "সংখ্যা";
                        default -> "%";
                    },
                    weight, targets, targetCells, ach, achvCell,
                    nfc(progress), progress == null ? nullCell : nfc(progress), score, scoreCell));
        }
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (pairStarts.contains(i)) {
                rows.add(new TableRow(List.of(lines.get(i), lines.get(i + 1))));
                i++;
            } else {
                rows.add(new TableRow(List.of(lines.get(i))));
            }
        }
        return rows;
    }

    private static Bangla.DateStyle anyStyle(Random r) {
        Bangla.DateStyle[] v = Bangla.DateStyle.values();
        return v[r.nextInt(v.length)];
    }

    /** The printed cell for a value: dates in a Bangla style, counts as digits, percents with a sign. */
    private static String cell(String unit, Object v, Bangla.DateStyle style, boolean pctSign, boolean achv, Random r) {
        return switch (unit) {
            case "date" -> style.format(LocalDate.parse((String) v));
            case "count" -> Bangla.digits(v.toString()) + (achv && r.nextDouble() < 0.2 ? " টি" : "");
            default -> Bangla.digits(v.toString()) + (pctSign ? "%" : "");
        };
    }

    /** Targets consistent with unit and level order, varied around the catalogue's typical targets. */
    static Map<String, Object> targets(Random r, Catalogue.Indicator ind, List<Level> levels, int yearShift) {
        List<Object> typical = new ArrayList<>(ind.targets().values());
        int n = levels.size();
        int filled = (int) typical.stream().filter(v -> v != null).count();
        boolean gapped = false;
        for (int i = 0; i + 1 < n; i++) {
            if (typical.get(i) == null && typical.get(i + 1) != null) {
                gapped = true;
            }
        }
        List<Object> out = new ArrayList<>();
        switch (ind.unit()) {
            case "date" -> {
                List<LocalDate> ds = typical.stream().filter(v -> v != null).map(v -> LocalDate.parse((String) v)).toList();
                LocalDate first = ds.get(0).plusYears(yearShift).plusDays(r.nextInt(21) - 10);
                int step = ds.size() > 1 && r.nextDouble() < 0.6
                        ? (int) Math.max(3, Math.round((ds.get(ds.size() - 1).toEpochDay() - ds.get(0).toEpochDay())
                                / (double) (ds.size() - 1)))
                        : Progress.pick(r, 5, 7, 9, 10, 12, 14);
                int k = filled == n && r.nextDouble() < 0.08 ? n - 1 : filled;
                for (int i = 0; i < n; i++) {
                    out.add(i < k ? first.plusDays((long) i * step).toString() : null);
                }
            }
            case "count" -> {
                if (gapped || r.nextDouble() < 0.5) {
                    out.addAll(typical);
                } else {
                    int[][] five = {{4, 3, 2, 1, 0}, {4, 3, 2, 0, 0}, {5, 4, 3, 2, 1}, {6, 5, 4, 3, 2}, {6, 5, 4, 3, 0},
                        {10, 8, 6, 4, 2}, {24, 20, 16, 12, 8}, {3, 2, 1, 0, 0}, {2, 1, 0, 0, 0}, {1, 0, 0, 0, 0}};
                    int[][] three = {{4, 3, 2}, {3, 2, 1}, {5, 4, 3}, {6, 5, 4}, {12, 10, 8}, {2, 1, 0}};
                    int[] p = n == 5 ? five[r.nextInt(five.length)] : n == 3 ? three[r.nextInt(three.length)] : null;
                    if (p == null) {
                        out.addAll(typical);
                    } else {
                        for (int v : p) {
                            out.add(v == 0 ? null : v);
                        }
                    }
                }
            }
            default -> {
                if (r.nextDouble() < 0.5) {
                    out.addAll(typical);
                } else {
                    int[][] five = {{85, 80, 75, 70, 60}, {80, 75, 70, 65, 60}, {90, 85, 80, 75, 70}, {75, 70, 65, 60, 50},
                        {80, 75, 70, 65, 55}, {100, 90, 80, 70, 60}};
                    int[][] three = {{80, 70, 60}, {100, 90, 80}, {95, 85, 75}, {75, 65, 55}, {90, 80, 70}};
                    int[] p = n == 5 ? five[r.nextInt(five.length)] : n == 3 ? three[r.nextInt(three.length)] : null;
                    if (p == null) {
                        out.addAll(typical);
                    } else {
                        for (int v : p) {
                            out.add(v);
                        }
                    }
                }
                if (r.nextDouble() < 0.06) {
                    out.set(n - 1, null);
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(levels.get(i).key(), out.get(i));
        }
        return m;
    }

    /** The score a self-assessment would print: weight × percent of the best level reached, or 0. */
    static Number score(Object ach, String unit, Map<String, Object> targets, List<Level> levels, int weight) {
        if (ach == null) {
            return null;
        }
        int pct = 0;
        for (Level l : levels) {
            Object t = targets.get(l.key());
            if (t == null) {
                continue;
            }
            boolean reached = "date".equals(unit)
                    ? !LocalDate.parse((String) ach).isAfter(LocalDate.parse((String) t))
                    : ((Number) ach).doubleValue() >= ((Number) t).doubleValue();
            if (reached) {
                pct = l.percent();
                break;
            }
        }
        BigDecimal s = BigDecimal.valueOf(weight).multiply(BigDecimal.valueOf(pct))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (s.scale() <= 0) {
            return s.intValueExact();
        }
        return s.doubleValue();
    }

    // ---------------------------------------------------------------- cover letter

    private Cover cover(Random r, Texts tx, Office office, String signer, String designation) {
        List<String> head = new ArrayList<>();
        head.add("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার");
        String section = any(r, offices.sections());
        switch (office.kind()) {
            case "ministry" -> {
                head.add(office.name());
                head.add(section);
                head.add("বাংলাদেশ সচিবালয়, ঢাকা।");
            }
            case "division" -> {
                if (!office.ministry().equals(office.name())) {
                    head.add(office.ministry());
                }
                head.add(office.name());
                head.add(section);
                head.add("বাংলাদেশ সচিবালয়, ঢাকা।");
            }
            case "agency" -> {
                head.add(office.ministry());
                head.add(office.name());
                head.add(Progress.pick(r, "প্রধান কার্যালয়, ঢাকা।", Bangla.digits(10 + r.nextInt(200))
                        + ", " + Progress.pick(r, "নিউ বেইলী রোড", "আগারগাঁও", "তেজগাঁও", "মতিঝিল বা/এ", "কারওয়ান বাজার")
                        + ", ঢাকা।"));
            }
            default -> {
                head.add(office.ministry());
                head.add(office.name());
            }
        }
        if (office.web() != null && r.nextDouble() < 0.7) {
            head.add("www." + office.web());
        }
        // memo number
        String memoAscii = String.format("%02d.%02d.%04d.%03d.%02d.%03d.%02d", 1 + r.nextInt(58), r.nextInt(5),
                Progress.pick(r, 0, 0, 0, 2600, 4100, 8800), r.nextInt(1000), r.nextInt(100), r.nextInt(1000),
                14 + r.nextInt(12));
        if (r.nextDouble() < 0.8) {
            memoAscii += "-" + (1 + r.nextInt(2500));
        }
        String memoLabel = Progress.pick(r, "স্মারক নম্বর: ", "স্মারক নম্বর: ", "স্মারক নং- ", "স্মারক নং: ", "নম্বর: ");
        // date
        LocalDate date = tx.periodEnd.plusDays(3 + r.nextInt(25));
        LocalDate memoDate = date;
        List<String> dateLines;
        double x = r.nextDouble();
        if (x < 0.06) {
            // an impossible date, printed numerically: memo_date is null
            int[][] bad = {{30, 2}, {31, 4}, {31, 6}, {31, 9}, {31, 11}, {36, 2}, {32, 1}, {29, 2}};
            int[] b = bad[r.nextInt(bad.length)];
            int year = date.getYear();
            if (b[0] == 29 && b[1] == 2 && LocalDate.of(year, 1, 1).isLeapYear()) {
                b = new int[] {30, 2};
            }
            dateLines = List.of("তারিখ: " + Bangla.digits(Bangla.DateStyle.SLASH.formatAscii(b[0], b[1], year))
                    + Progress.pick(r, "", " খ্রি.", " খ্রি:"));
            memoDate = null;
        } else if (x < 0.4) {
            Bangla.DateStyle s = Progress.pick(r, Bangla.DateStyle.SLASH, Bangla.DateStyle.DASH, Bangla.DateStyle.DOT);
            dateLines = List.of("তারিখ: " + s.format(date) + Progress.pick(r, "", " খ্রি.", " খ্রি:", " খ্রিষ্টাব্দ"));
        } else if (x < 0.7) {
            dateLines = List.of("তারিখ: " + Bangla.words(date, r.nextBoolean(), r.nextBoolean())
                    + Progress.pick(r, " খ্রি:", " খ্রি:।", " খ্রিষ্টাব্দ", ""));
        } else {
            dateLines = List.of(Bangla.toBangla(date).text() + " বঙ্গাব্দ",
                    Bangla.words(date, false, true) + " খ্রিষ্টাব্দ");
        }
        String og = Bangla.genitive(office.name());
        String subject = switch (r.nextInt(3)) {
            case 0 -> "বিষয়: " + og + " ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা " + tx.fyPrinted + " এর " + tx.periodWord
                    + " " + tx.months + " অগ্রগতি প্রতিবেদন প্রেরণ প্রসঙ্গে।";
            case 1 -> "বিষয়: " + og + " " + tx.fyLong + " অর্থ বছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা সংক্রান্ত "
                    + tx.periodWord + " প্রতিবেদন প্রেরণ প্রসঙ্গে।";
            default -> "বিষয়: " + og + " " + tx.fyPrinted + " অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার "
                    + tx.periodWord + " " + tx.months + " স্ব-মূল্যায়ন প্রতিবেদন প্রেরণ।";
        };
        String reference = null;
        if (r.nextDouble() < 0.35) {
            String refNo = Bangla.digits(String.format("04.00.0000.%03d.%02d.%03d.%02d-%d", r.nextInt(1000),
                    r.nextInt(100), r.nextInt(1000), 18 + r.nextInt(8), 1 + r.nextInt(900)));
            LocalDate refDate = date.minusDays(20 + r.nextInt(90));
            reference = "সূত্র: মন্ত্রিপরিষদ বিভাগের স্মারক নম্বর: " + refNo + "; তারিখ: "
                    + Bangla.DateStyle.SLASH.format(refDate) + " খ্রি.।";
        }
        String body = (reference != null ? "উপর্যুক্ত বিষয় ও সূত্রের প্রেক্ষিতে " : "উপর্যুক্ত বিষয়ের প্রেক্ষিতে ")
                + og + " " + tx.fyPrinted + " অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার " + tx.periodWord
                + " প্রতিবেদন সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য এতদসঙ্গে প্রেরণ করা হলো।";
        String attachment = "সংযুক্তি: " + tx.periodWord + " প্রতিবেদন - " + Bangla.digits(1 + r.nextInt(4)) + " ফর্দ।";
        List<String> signerLines = new ArrayList<>(List.of("(" + signer + ")", designation));
        signerLines.add(r.nextBoolean() ? "ফোন: " + Bangla.digits("9" + (100000 + r.nextInt(899999)))
                : "মোবাইল: " + Bangla.digits("017" + (10000000 + r.nextInt(89999999))));
        if (office.web() != null && r.nextBoolean()) {
            signerLines.add(Progress.pick(r, "ict", "egov", "info") + "@" + office.web());
        }
        List<String> recipient = switch (office.kind()) {
            case "ministry", "division" -> List.of("সচিব", "সমন্বয় ও সংস্কার", "মন্ত্রিপরিষদ বিভাগ",
                    "বাংলাদেশ সচিবালয়, ঢাকা।");
            case "agency" -> List.of("সচিব", office.ministry(), "বাংলাদেশ সচিবালয়, ঢাকা।");
            default -> List.of(Progress.pick(r, "জেলা প্রশাসক", "মহাপরিচালক", "উপপরিচালক"), office.ministry(), "ঢাকা।");
        };
        String attention = r.nextBoolean() ? "দৃষ্টি আকর্ষণ: উপসচিব, ই-গভর্ন্যান্স-২ অধিশাখা, মন্ত্রিপরিষদ বিভাগ।" : null;
        List<String> copies = new ArrayList<>();
        copies.add("সচিব মহোদয়ের একান্ত সচিব, " + office.ministry());
        if (r.nextBoolean()) {
            copies.add("প্রোগ্রামার, " + office.name() + " (ওয়েবসাইটে প্রকাশের অনুরোধসহ)");
        }
        copies.add("অফিস কপি।");
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            numbered.add(Bangla.digits(i + 1) + "। " + copies.get(i));
        }
        return new Cover(nfc(head), memoLabel, Bangla.digits(memoAscii), memoAscii, nfc(dateLines), memoDate,
                r.nextDouble() < 0.25, nfc(subject), nfc(reference), nfc(body), nfc(attachment), nfc(signerLines),
                nfc(recipient), nfc(attention), r.nextDouble() < 0.3, nfc(numbered));
    }

    // ---------------------------------------------------------------- helpers

    private static <T> T any(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static <T> T weighted(Random r, T[] values, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = r.nextDouble() * sum;
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
    }

    static List<String> nfc(List<String> l) {
        return l.stream().map(Planner::nfc).toList();
    }

    private static float round1(float f) {
        return Math.round(f * 10) / 10f;
    }

    private static float round2(float f) {
        return Math.round(f * 100) / 100f;
    }
}
