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
        Named named = name(headerTextPerColumn);
        fillByOrder(named.roles);
        return new TableColumns(Arrays.asList(named.roles), levels(named.roles, named.levelKey, named.percent), headerRows);
    }

    /**
     * As {@link #analyze(List, int)}, and when the header's words did not read well enough to name a report table
     * (small type, a poor scan), the table's own shape names the columns its words missed: the column whose first
     * body cell opens with a three-part code ([১.১.১]) is the indicator, the column left of it with a two-part code
     * the activity, and a header cell spanning exactly five (or three) columns right of the indicator the target
     * levels (no other header cell of the forms spans columns). Names read from the words that contradict these
     * are dropped; the rest are filled by the forms' column order. The caller warns that the columns were
     * inferred.
     *
     * @param spans   the header cells that span columns, as {first column, last column}
     * @param firstBodyRow for each grid column, the text of the first body row's cell (empty when blank or unread)
     * @return the columns and whether they were inferred from the shape (false: the words alone named them)
     */
    public Inferred analyze(List<String> headerTextPerColumn, int headerRows, List<int[]> spans, List<String> firstBodyRow) {
        TableColumns byWords = analyze(headerTextPerColumn, headerRows);
        if (byWords.isReportTable() && consistent(byWords, spans)) return new Inferred(byWords, false);
        int n = headerTextPerColumn.size();
        int[] levelSpan = null;
        for (int[] sp : spans) {
            int w = sp[1] - sp[0] + 1;
            if (sp[0] >= 2 && (w == 5 || w == 3) && levelSpan == null) levelSpan = sp;
        }
        int codesEnd = levelSpan == null ? n : levelSpan[0];
        // codes open the area, activity and indicator cells, left to right; at poor resolutions their dots are
        // often lost ("[১১.১1" for [১.১.১]) but the opening bracket and a digit stay
        List<Integer> coded = new ArrayList<>();
        int indicator = -1, activity = -1;
        for (int c = 0; c < codesEnd && c < firstBodyRow.size(); c++) {
            String t = firstBodyRow.get(c);
            if (THREE_PART.matcher(t).find() && indicator < 0) indicator = c;
            if (BRACKET_CODE.matcher(t).find()) coded.add(c);
        }
        if (indicator < 0 && coded.size() >= 2) indicator = coded.get(coded.size() - 1);
        // the words named the indicator column, but their names of other columns contradict the forms' order
        int namedIndicator = byWords.find(ColumnRole.INDICATOR);
        if (indicator < 0 && namedIndicator >= 0 && namedIndicator < codesEnd) indicator = namedIndicator;
        if (indicator < 0) return new Inferred(byWords, false);
        for (int c = indicator - 1; c >= 0; c--) {
            if (TWO_PART.matcher(firstBodyRow.get(c)).find() || coded.contains(c)) {
                activity = c;
                break;
            }
        }
        Named named = name(headerTextPerColumn);
        ColumnRole[] roles = named.roles;
        ColumnRole[] forced = new ColumnRole[n];
        forced[indicator] = ColumnRole.INDICATOR;
        if (activity >= 0) forced[activity] = ColumnRole.ACTIVITY;
        if (levelSpan != null) for (int c = levelSpan[0]; c <= levelSpan[1]; c++) forced[c] = ColumnRole.LEVEL;
        for (int c = 0; c < n; c++) {
            if (forced[c] != null) {
                roles[c] = forced[c];
            } else if (roles[c] != ColumnRole.UNKNOWN
                    && (!fitsBetweenForced(roles[c], c, forced, levelSpan != null) || tooFarRight(roles[c], c))) {
                roles[c] = ColumnRole.UNKNOWN;
                named.levelKey[c] = null;
                named.percent[c] = null;
            }
        }
        fillByOrder(roles);
        fillTail(roles, firstBodyRow);
        TableColumns t = new TableColumns(Arrays.asList(roles), levels(roles, named.levelKey, named.percent), headerRows);
        return new Inferred(t.isReportTable() ? t : byWords, t.isReportTable());
    }

    /**
     * Unnamed columns right of the last level: the forms print achievement, progress text and score there, each at
     * most once and in that order. The first body row's longest text (a sentence) marks the progress column; without
     * one, one column is the progress text, two are achievement and progress, three all of them.
     */
    private static void fillTail(ColumnRole[] roles, List<String> firstBodyRow) {
        int lastLevel = -1;
        for (int c = 0; c < roles.length; c++) if (roles[c] == ColumnRole.LEVEL) lastLevel = c;
        if (lastLevel < 0) return;
        int from = lastLevel + 1, n = roles.length - from;
        if (n < 1 || n > 3) return;
        for (int c = from; c < roles.length; c++) if (roles[c] != ColumnRole.UNKNOWN) return;
        int progress = -1, longest = 12;
        for (int c = from; c < roles.length && c < firstBodyRow.size(); c++) {
            int len = firstBodyRow.get(c).strip().codePointCount(0, firstBodyRow.get(c).strip().length());
            if (len > longest) {
                longest = len;
                progress = c;
            }
        }
        if (progress < 0) progress = n == 1 ? from : from + 1;
        if (progress - from > 1 || roles.length - 1 - progress > 1) return;
        for (int c = from; c < roles.length; c++) {
            roles[c] = c < progress ? ColumnRole.ACHIEVEMENT : c == progress ? ColumnRole.PROGRESS : ColumnRole.SCORE;
        }
    }

    /**
     * True when the names the words gave agree with the forms: a header cell spanning three or five columns right
     * of the first two (the targets' group, the only header cell of the forms that spans columns) has a level
     * under each of its columns; every other role appears once, in the forms' column order, with no more columns
     * left of it than the roles that may come before it ("ক্রম" is the first column). A misread label breaks this
     * ("চলতি মানের নিম্নে" read as "চশাতি মানের নিয়ে" keeps only "মান", the area weight's label, in the middle of
     * the levels); then the table's shape decides ({@link #analyze(List, int, List, List)}).
     */
    public static boolean consistent(TableColumns t, List<int[]> spans) {
        List<ColumnRole> roles = t.roles();
        for (int[] sp : spans) {
            int w = sp[1] - sp[0] + 1;
            if (sp[0] < 2 || (w != 5 && w != 3) || sp[1] >= roles.size()) continue;
            for (int c = sp[0]; c <= sp[1]; c++) if (roles.get(c) != ColumnRole.LEVEL) return false;
        }
        int last = -1;
        for (int c = 0; c < roles.size(); c++) {
            ColumnRole r = roles.get(c);
            if (r == ColumnRole.UNKNOWN) continue;
            int at = ORDER.indexOf(r);
            if (r == ColumnRole.LEVEL ? at < last : at <= last) return false;
            if (tooFarRight(r, c)) return false;
            last = at;
        }
        return true;
    }

    /** A role left of the levels with more columns before it than the roles the forms print before it. */
    private static boolean tooFarRight(ColumnRole role, int c) {
        int at = ORDER.indexOf(role);
        return at < ORDER.indexOf(ColumnRole.LEVEL) && c > at;
    }

    /** Columns named with or without the table's shape. */
    public record Inferred(TableColumns columns, boolean fromShape) {}

    private static final Pattern THREE_PART = Pattern.compile(
            "^\\s*[\\[(|{]?\\s*[০-৯0-9]{1,2}\\s*[.,]\\s*[০-৯0-9]{1,2}\\s*[.,]\\s*[০-৯0-9]{1,2}");
    private static final Pattern BRACKET_CODE = Pattern.compile("^\\s*[\\[(|{]\\s*[০-৯0-9]");
    private static final Pattern TWO_PART = Pattern.compile(
            "^\\s*[\\[(|{]?\\s*[০-৯0-9]{1,2}\\s*[.,]\\s*[০-৯0-9]{1,2}(?!\\s*[.,]\\s*[০-৯0-9])");

    /**
     * A role read from the words stays when the forms' column order allows it between the nearest forced roles to
     * its left and right; a role that is forced elsewhere (one indicator, one activity; the levels when their span
     * was found) cannot appear again.
     */
    private static boolean fitsBetweenForced(ColumnRole role, int c, ColumnRole[] forced, boolean levelsForced) {
        if (role == ColumnRole.INDICATOR || role == ColumnRole.ACTIVITY && Arrays.asList(forced).contains(ColumnRole.ACTIVITY)
                || role == ColumnRole.LEVEL && levelsForced) {
            return false;
        }
        int before = -1, after = ORDER.size();
        for (int i = c - 1; i >= 0; i--) if (forced[i] != null) { before = ORDER.indexOf(forced[i]); break; }
        for (int i = c + 1; i < forced.length; i++) if (forced[i] != null) { after = ORDER.indexOf(forced[i]); break; }
        int at = ORDER.indexOf(role);
        return at > before && at < after;
    }

    /** Roles (UNKNOWN where no label matched), level keys and percents read from the header's words. */
    private record Named(ColumnRole[] roles, String[] levelKey, Integer[] percent) {}

    private Named name(List<String> headerTextPerColumn) {
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
        return new Named(roles, levelKey, percent);
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
