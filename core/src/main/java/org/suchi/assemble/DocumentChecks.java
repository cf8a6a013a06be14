package org.suchi.assemble;

import java.util.List;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Warning;

/**
 * Document fields every report has, or every report with a cover letter has, that did not read: a
 * warning on the field, never a silent null. Every report states its fiscal year and period; a cover
 * letter has its স্মারক number and its date.
 */
final class DocumentChecks {
    private DocumentChecks() {}

    static void apply(DocumentInfo doc, boolean coverLetter, List<Warning> warnings) {
        missing(doc.fiscalYear(), "fiscal_year", "the fiscal year was not found in the title or the letter", warnings);
        missing(doc.period(), "period", "the period (quarter, half-year, year) was not found in the title or the letter",
                warnings);
        if (coverLetter) {
            missing(doc.memoNumber(), "memo_number", "the cover letter's স্মারক number did not read", warnings);
            missing(doc.memoDate(), "memo_date", "the cover letter's date did not read", warnings);
        }
    }

    private static void missing(String value, String field, String message, List<Warning> warnings) {
        if (value != null && !value.isBlank()) return;
        if (warnings.stream().anyMatch(w -> w.indicator() == null && field.equals(w.field()))) return;
        warnings.add(Warning.document(field, message));
    }
}
