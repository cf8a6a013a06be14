package org.suchi.assemble;

import org.suchi.normalise.FiscalYears;
import org.suchi.normalise.Periods;
import org.suchi.normalise.Memos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.suchi.image.PageGeometry;
import org.suchi.image.Rect;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Evidence;
import org.suchi.model.Warning;
import org.suchi.normalise.BanglaText;
import org.suchi.normalise.Dates;
import org.suchi.normalise.FiscalYear;
import org.suchi.normalise.Fuzzy;
import org.suchi.normalise.Parsed;

/**
 * The evidence of the document fields: each non-null field is found again in the lines it can have
 * been read from (the title block, the cover letter, the first table's header cells), by reading each
 * line alone with the same normalisers, so the field readers themselves need not carry boxes.
 * <ul>
 *   <li>memo number: the line whose digits hold the number's digits (a memo line first);</li>
 *   <li>memo date: the line with that date (Gregorian or Bangla calendar);</li>
 *   <li>fiscal year, period: the first line that gives the same value alone (title first, then letter, then header);</li>
 *   <li>office, ministry, title: the lines that hold the text (edit distance within a quarter of its length).</li>
 * </ul>
 * A field found nowhere (built from several lines) points to the lines of its block with {@code derived}.
 */
final class DocumentEvidence {
    /** A line that document fields are read from, and where it stands. */
    record Located(String text, String reread, Rect box, double confidence, int page, PageGeometry geometry,
                   boolean textLayer) {
        String both() {
            return reread == null ? text : text + "\n" + reread;
        }
    }

    private final List<Located> title, letter, header;

    DocumentEvidence(List<Located> title, List<Located> letter, List<Located> header) {
        this.title = title;
        this.letter = letter;
        this.header = header;
    }

    Map<String, Evidence> of(DocumentInfo d, List<Warning> warnings) {
        Set<String> warned = new HashSet<>();
        for (Warning w : warnings) if (w.indicator() == null && w.field() != null) warned.add(w.field());
        List<Located> titleThenLetter = concat(title, letter), letterThenTitle = concat(letter, title);
        Map<String, Evidence> out = new LinkedHashMap<>();
        if (d.title() != null) put(out, "title", text(title, d.title()), title, warned);
        if (d.office() != null) put(out, "office", one(text(titleThenLetter, d.office())), titleThenLetter, warned);
        if (d.ministry() != null) put(out, "ministry", one(text(letterThenTitle, d.ministry())), letterThenTitle, warned);
        if (d.fiscalYear() != null) {
            String fy = d.fiscalYear();
            Predicate<String> same = s -> {
                Parsed<FiscalYear> p = FiscalYears.fiscalYear(s);
                return p.present() && fy.equals(p.value().label());
            };
            put(out, "fiscal_year", first(concat(titleThenLetter, header), same), titleThenLetter, warned);
        }
        if (d.period() != null) {
            String period = d.period();
            Predicate<String> same = s -> {
                Parsed<String> p = Periods.period(s);
                return p.present() && period.equals(p.value());
            };
            put(out, "period", first(titleThenLetter, same), titleThenLetter, warned);
        }
        if (d.memoNumber() != null) {
            String digits = d.memoNumber().replaceAll("\\D", "");
            Predicate<String> holds = s -> BanglaText.toAsciiDigits(BanglaText.normalize(s)).replaceAll("\\D", "").contains(digits);
            List<Located> hit = first(letter, s -> Memos.isMemoLine(s) && holds.test(s));
            if (hit.isEmpty()) hit = first(letterThenTitle, holds);
            if (hit.isEmpty()) hit = first(letter, Memos::isMemoLine);
            put(out, "memo_number", hit, letter, warned);
        }
        if (d.memoDate() != null) {
            String date = d.memoDate();
            Predicate<String> has = s -> {
                for (Dates.Found f : Dates.findAll(s)) if (f.date() != null && date.equals(f.date().toString())) return true;
                return false;
            };
            List<Located> hit = first(letterThenTitle, has);
            if (hit.isEmpty()) {
                // a date printed over two lines (বঙ্গাব্দ above খ্রিষ্টাব্দ): the pair of lines
                for (int i = 0; i + 1 < letter.size() && hit.isEmpty(); i++) {
                    if (has.test(letter.get(i).both() + " " + letter.get(i + 1).both())) hit = List.of(letter.get(i), letter.get(i + 1));
                }
            }
            put(out, "memo_date", hit, letter, warned);
        }
        return out;
    }

    private static List<Located> concat(List<Located> a, List<Located> b) {
        List<Located> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Located> first(List<Located> lines, Predicate<String> p) {
        for (Located l : lines) {
            if (p.test(l.text()) || (l.reread() != null && p.test(l.reread()))) return List.of(l);
        }
        return List.of();
    }

    private static List<Located> one(List<Located> lines) {
        return lines.isEmpty() ? lines : List.of(lines.get(0));
    }

    /** The lines, on the page of the first, that hold part of {@code value} (or all of it). */
    private static List<Located> text(List<Located> lines, String value) {
        String v = key(value);
        if (v.isEmpty()) return List.of();
        List<Located> out = new ArrayList<>();
        for (Located l : lines) {
            String t = key(l.text());
            if (t.length() < 2) continue;
            if (!out.isEmpty() && l.page() != out.get(0).page()) continue;
            // the value within the line (an office named in the title), or the line within the value (a title over lines)
            boolean valueInLine = v.length() <= t.length() && Fuzzy.substringDistance(v, t) <= v.length() / 4;
            boolean lineInValue = t.length() < v.length() && t.length() >= 4 && Fuzzy.substringDistance(t, v) <= t.length() / 4;
            if (valueInLine) return List.of(l);
            if (lineInValue) out.add(l);
        }
        return out;
    }

    private static String key(String s) {
        return BanglaText.normalize(s == null ? "" : s).replaceAll("[\\s\\p{P}\\p{S}]+", "");
    }

    private static void put(Map<String, Evidence> out, String field, List<Located> hit, List<Located> block, Set<String> warned) {
        String how = null;
        List<Located> from = hit;
        if (from.isEmpty()) {
            // not in any one line: the block it was read from, as derived
            from = block.isEmpty() ? List.of() : List.of(block.get(0));
            how = Evidence.DERIVED;
        }
        if (from.isEmpty()) return;
        Located f = from.get(0);
        Rect u = null;
        double conf = 0;
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (Located l : from) {
            if (l.page() != f.page()) continue;
            u = RowEvidence.union(u, l.box());
            conf += l.confidence();
            n++;
            if (text.length() > 0) text.append('\n');
            text.append(l.text());
        }
        if (u == null) return;
        conf = how != null ? 0.5 * conf / n : conf / n;
        if (warned.contains(field)) conf *= RowEvidence.WARNED;
        if (how == null) how = f.textLayer() ? Evidence.TEXT_LAYER : Evidence.OCR;
        out.put(field, new Evidence(f.page(), f.geometry().toSource(u), text.toString(),
                RowEvidence.round(conf), how));
    }
}
