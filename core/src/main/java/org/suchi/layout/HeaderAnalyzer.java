package org.suchi.layout;

import org.suchi.normalise.Fuzzy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.suchi.model.Level;

/**
 * Understands a table header by its text, not by position: each column's header text (all header
 * cells above it, merged cells included) is matched against the labels of the action-plan forms,
 * tolerating OCR errors; columns it cannot name get the role that the forms' column order leaves
 * for them.
 */
public final class HeaderAnalyzer {
    private record Label(String text, ColumnRole role, String level) {}

    /** Most specific first: "চলতি মানের নিম্নে" before "চলতি মান" before "মান". */
    private static final List<Label> LABELS = List.of(
            new Label("নিম্নে", ColumnRole.LEVEL, "poor"),
            new Label("অসাধারণ", ColumnRole.LEVEL, "excellent"),
            new Label("অতি উত্তম", ColumnRole.LEVEL, "very_good"),
            new Label("চলতি মান", ColumnRole.LEVEL, "fair"),
            new Label("উত্তম", ColumnRole.LEVEL, "good"),
            new Label("লক্ষ্যমাত্রা", ColumnRole.LEVEL, null),
            new Label("অর্জন", ColumnRole.ACHIEVEMENT, null),
            new Label("স্কোর", ColumnRole.SCORE, null),
            new Label("প্রাপ্ত নম্বর", ColumnRole.SCORE, null),
            new Label("marks", ColumnRole.SCORE, null),
            new Label("অগ্রগতি", ColumnRole.PROGRESS, null),
            new Label("মন্তব্য", ColumnRole.PROGRESS, null),
            new Label("প্রতিবেদন", ColumnRole.PROGRESS, null),
            new Label("মূল্যায়ন", ColumnRole.PROGRESS, null),
            new Label("সূচকের মান", ColumnRole.WEIGHT, null),
            new Label("সূচক", ColumnRole.INDICATOR, null),
            new Label("ক্ষেত্র", ColumnRole.AREA, null),
            new Label("কার্যক্রম", ColumnRole.ACTIVITY, null),
            new Label("একক", ColumnRole.UNIT, null),
            new Label("ক্রম", ColumnRole.SERIAL, null),
            new Label("মান", ColumnRole.AREA_WEIGHT, null));

    /** The order in which the forms print their columns. */
    private static final List<ColumnRole> ORDER = List.of(ColumnRole.SERIAL, ColumnRole.AREA, ColumnRole.AREA_WEIGHT,
            ColumnRole.ACTIVITY, ColumnRole.INDICATOR, ColumnRole.UNIT, ColumnRole.WEIGHT, ColumnRole.LEVEL,
            ColumnRole.ACHIEVEMENT, ColumnRole.PROGRESS, ColumnRole.SCORE);

    private static final Pattern PERCENT = Pattern.compile("(১০০|৯০|৮০|৭০|৬০|100|90|80|70|60)\\s*%");

    /**
     * Names the columns of a table from its header texts.
     *
     * @param headerTextPerColumn for each grid column, the header text above it (header cells joined top to bottom)
     * @param headerRows          how many grid rows the header has
     */
    public TableColumns analyze(List<String> headerTextPerColumn, int headerRows) {
        int n = headerTextPerColumn.size();
        ColumnRole[] roles = new ColumnRole[n];
        String[] levelKey = new String[n];
        Integer[] percent = new Integer[n];
        for (int c = 0; c < n; c++) {
            String h = squash(headerTextPerColumn.get(c));
            roles[c] = ColumnRole.UNKNOWN;
            for (Label l : LABELS) {
                if (matches(h, l.text())) {
                    roles[c] = l.role();
                    levelKey[c] = l.level();
                    break;
                }
            }
            Matcher m = PERCENT.matcher(h);
            if (m.find()) {
                percent[c] = Integer.parseInt(toAscii(m.group(1)));
                if (roles[c] == ColumnRole.UNKNOWN) roles[c] = ColumnRole.LEVEL;
            }
        }
        fillByOrder(roles);
        return new TableColumns(Arrays.asList(roles), levels(roles, levelKey, percent), headerRows);
    }

    /** True when {@code text} holds one of the forms' column labels (for telling header rows from body rows). */
    public static boolean isLabel(String text) {
        String h = squash(text);
        if (h.length() > 60) return false; // body cells hold long running text
        for (Label l : LABELS) if (matches(h, l.text())) return true;
        return false;
    }

    /** A header label matches approximately, with white space ignored (OCR often splits or joins words). */
    private static boolean matches(String squashedHeader, String label) {
        String l = squash(label);
        if (l.codePointCount(0, l.length()) <= 3) return squashedHeader.contains(l);
        return Fuzzy.occursIn(l, squashedHeader);
    }

    static String squash(String s) {
        return s == null ? "" : s.toLowerCase().replaceAll("[\\s\\u200c\\u200d]+", "");
    }

    /** An unnamed column between two named ones takes the only role the form order leaves there. */
    private static void fillByOrder(ColumnRole[] roles) {
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] != ColumnRole.UNKNOWN) continue;
            int before = -1, after = ORDER.size();
            for (int i = c - 1; i >= 0; i--) if (roles[i] != ColumnRole.UNKNOWN) { before = ORDER.indexOf(roles[i]); break; }
            for (int i = c + 1; i < roles.length; i++) if (roles[i] != ColumnRole.UNKNOWN) { after = ORDER.indexOf(roles[i]); break; }
            int gapCols = 0;
            for (int i = c; i < roles.length && roles[i] == ColumnRole.UNKNOWN; i++) gapCols++;
            // level columns repeat; any other role appears once
            if (c == 0 && gapCols == 1 && after <= ORDER.indexOf(ColumnRole.ACTIVITY)) {
                roles[c] = ColumnRole.SERIAL; // every form starts with the ক্রম column
            } else if (before >= 0 && ORDER.get(before) == ColumnRole.LEVEL && after == ORDER.indexOf(ColumnRole.LEVEL)) {
                roles[c] = ColumnRole.LEVEL;
            } else if (after - before - 1 == gapCols && gapCols >= 1) {
                for (int k = 0; k < gapCols; k++) roles[c + k] = ORDER.get(before + 1 + k);
            } else if (after == ORDER.size() && before == ORDER.indexOf(ColumnRole.PROGRESS) && gapCols == 1) {
                roles[c] = ColumnRole.SCORE;
            }
        }
    }

    private static List<Level> levels(ColumnRole[] roles, String[] key, Integer[] percent) {
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < roles.length; c++) if (roles[c] == ColumnRole.LEVEL) cols.add(c);
        Level[] out = new Level[roles.length];
        List<Level> set = cols.size() == 3 ? Level.THREE : cols.size() == 5 ? Level.FIVE : null;
        for (int i = 0; i < cols.size(); i++) {
            int c = cols.get(i);
            if (set != null) {
                out[c] = set.get(i);
            } else if (percent[c] != null) {
                out[c] = byPercent(percent[c]);
            } else {
                out[c] = key[c] == null ? null : byKey(key[c]);
            }
        }
        return Arrays.asList(out);
    }

    private static Level byPercent(int p) {
        for (Level l : Level.FIVE) if (l.percent() == p) return l;
        return null;
    }

    private static Level byKey(String k) {
        for (Level l : Level.FIVE) if (l.key().equals(k)) return l;
        return null;
    }

    private static String toAscii(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(cp >= '০' && cp <= '৯' ? (char) ('0' + cp - '০') : (char) cp));
        return b.toString();
    }
}
