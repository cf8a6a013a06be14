package org.suchi.assemble;

import java.util.List;
import java.util.regex.Pattern;
import org.suchi.model.Row;
import org.suchi.model.Warning;
import org.suchi.normalise.BanglaText;

/**
 * A row boundary drawn inside a progress sentence: the row's progress text begins with the end of a sentence
 * ("হয়েছে।", "হলো।" alone, or a text opening with such a verb) while the row above ends without its full stop
 * ("… ৪ টি সভা অনুষ্ঠিত"); or the row above goes on after its sentence's end with a date or a count ("… করা
 * হয়েছে। ২৬/১০/২০২১ তারিখে": stacked indicators whose texts flow on, the next one's first line given to the row
 * above). The achievement and score of both rows were then split at the wrong place too; each of those fields gets
 * a warning (values are left as read).
 */
final class ProgressSplit {
    private ProgressSplit() {}

    private static final Pattern TAIL_START = Pattern.compile(BanglaText.nfc(
            "^(?:হয়েছে|হয়েছে|হযেছে|হলো|হল|হইয়াছে|রয়েছে|রয়েছে|হচ্ছে)(?:[\\s।.]|$)"));

    static void flag(List<Row> rows, List<Warning> warnings) {
        for (int i = 1; i < rows.size(); i++) {
            Row above = rows.get(i - 1), row = rows.get(i);
            String p = row.progress() == null ? "" : BanglaText.normalize(row.progress());
            String q = above.progress() == null ? "" : BanglaText.normalize(above.progress());
            if (p.isEmpty() || q.isEmpty()) continue;
            String msg;
            if (TAIL_START.matcher(p).find() && !q.endsWith("\u0964") && !q.endsWith(".")) {
                msg = "the progress text \"" + p + "\" ends the sentence of the row above (\"" + tail(q)
                        + "\"): the row boundary may be misplaced, and the achievement and score with it";
            } else if (statedAfterEnd(q)) {
                // a text that ran on from one stacked indicator to the next: the next one's opening words (its date or
                // count) were given to the row above
                msg = "the progress text of the row above goes on after its sentence's end with a date or count (\"" + tail(q)
                        + "\"): it may open this row's text, and the achievement and score with it";
            } else {
                continue;
            }
            for (Row r : List.of(above, row)) {
                String code = r.indicator() == null ? null : r.indicator().code();
                if (code == null) continue;
                for (String f : List.of("achievement", "reported_score")) {
                    if (warnings.stream().noneMatch(w -> code.equals(w.indicator()) && f.equals(w.field()))) {
                        warnings.add(new Warning(r.page() > 0 ? r.page() : null, code, f, msg));
                    }
                }
            }
        }
    }

    private static final Pattern DIGIT = Pattern.compile("[০-৯0-9]");
    private static final String QUARTER = BanglaText.nfc("কোয়ার্টার");

    /**
     * A sentence's end followed by a date or a count and no end of its own ("… করা হয়েছে। ২৬/১০/২০২১ তারিখে"); a
     * closing note on another quarter ("… হয়েছে। ৩য় কোয়ার্টারের প্রমাণক সংযুক্ত") is the row's own.
     */
    static boolean statedAfterEnd(String q) {
        int end = q.lastIndexOf('\u0964');
        if (end < 0) return false;
        String after = q.substring(end + 1).strip();
        return !after.isEmpty() && DIGIT.matcher(after).find() && !after.contains(QUARTER);
    }

    private static String tail(String s) {
        return s.length() <= 40 ? s : "…" + s.substring(s.length() - 40);
    }
}
