package org.suchi.assemble;

import org.suchi.normalise.Memos;
import java.util.List;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Warning;

/**
 * The memo number and date as read twice: within the letter (page segmentation) and the memo line
 * on its own. When they agree nothing changes; when they differ the doubt is a warning, and the
 * reading whose number has the standard e-Nothi shape (2.2.4.3.2.3.2 digit groups) is kept, the
 * single-line reading when both have it (it misreads fewer digits).
 */
final class MemoVote {
    private MemoVote() {}

    static DocumentInfo reconcile(DocumentInfo page, DocumentInfo line, List<Warning> warnings) {
        String number = page.memoNumber(), date = page.memoDate();
        if (line.memoNumber() != null && !line.memoNumber().equals(page.memoNumber())) {
            boolean lineStandard = standard(line.memoNumber()), pageStandard = standard(page.memoNumber());
            number = lineStandard || !pageStandard ? line.memoNumber() : page.memoNumber();
            warnings.add(Warning.document("memo_number", "the memo number read two ways: " + page.memoNumber()
                    + " (in the letter) and " + line.memoNumber() + " (the line alone); kept " + number));
        }
        if (line.memoDate() != null && !line.memoDate().equals(page.memoDate())) {
            date = page.memoDate() == null ? line.memoDate() : page.memoDate();
            warnings.add(Warning.document("memo_date", "the memo date read two ways: " + page.memoDate()
                    + " (in the letter) and " + line.memoDate() + " (the line alone); kept " + date));
        }
        if (number == page.memoNumber() && date == page.memoDate()) return page;
        return new DocumentInfo(page.title(), page.office(), page.ministry(), page.fiscalYear(), page.period(), number, date);
    }

    private static boolean standard(String memo) {
        if (memo == null) return false;
        var parts = Memos.memoParts(memo);
        return parts.present() && parts.value().standard();
    }
}
