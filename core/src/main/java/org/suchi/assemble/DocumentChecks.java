package org.suchi.assemble;

import java.time.LocalDate;
import java.util.List;
import org.suchi.normalise.FiscalYear;
import org.suchi.normalise.Memos;
import org.suchi.normalise.Periods;
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

    /** How long after its period a report's cover letter may be dated before the date is a doubt. */
    static final int LETTER_DAYS_AFTER_PERIOD = 120;

    /**
     * Constraints on the cover letter's fields that did read: the memo date lies between the start of the reported
     * period (of the fiscal year, without a period) and {@value #LETTER_DAYS_AFTER_PERIOD} days after its end; a date printed again in the
     * letter with another value is a doubt too. (The memo number's last group, the year its file was opened, is not
     * compared with the date: generated letters do not keep that rule, so it would warn on right values.) Each breach is a warning on the field, unless it has one.
     */
    static void constraints(DocumentInfo doc, List<String> letter, List<Warning> warnings) {
        if (doc.memoDate() == null) return;
        LocalDate date;
        try {
            date = LocalDate.parse(doc.memoDate());
        } catch (java.time.format.DateTimeParseException e) {
            return;
        }
        LocalDate[] span = span(doc.fiscalYear(), doc.period());
        if (span != null && (date.isBefore(span[0]) || date.isAfter(span[1].plusDays(LETTER_DAYS_AFTER_PERIOD)))) {
            add(warnings, "memo_date", "the memo date " + date + " does not fit a report of " + (doc.period() == null ? ""
                    : doc.period() + " ") + doc.fiscalYear() + " (" + span[0] + " to " + span[1] + ", sent within "
                    + LETTER_DAYS_AFTER_PERIOD + " days)");
        }
        Memos.memoDateRepeatDoubt(letter, date).ifPresent(d -> add(warnings, "memo_date", d));
    }

    /** First and last day of the period of {@code fiscalYear} (the whole year without a period), or null. */
    static LocalDate[] span(String fiscalYear, String period) {
        if (fiscalYear == null) return null;
        FiscalYear fy;
        try {
            fy = FiscalYear.of(fiscalYear);
        } catch (RuntimeException e) {
            return null;
        }
        LocalDate s = fy.start();
        if (period == null) return new LocalDate[]{s, fy.end()};
        return switch (period) {
            case Periods.Q1 -> new LocalDate[]{s, s.plusMonths(3).minusDays(1)};
            case Periods.Q2 -> new LocalDate[]{s.plusMonths(3), s.plusMonths(6).minusDays(1)};
            case Periods.Q3 -> new LocalDate[]{s.plusMonths(6), s.plusMonths(9).minusDays(1)};
            case Periods.Q4 -> new LocalDate[]{s.plusMonths(9), fy.end()};
            case Periods.H1 -> new LocalDate[]{s, s.plusMonths(6).minusDays(1)};
            default -> new LocalDate[]{s, fy.end()};
        };
    }

    /** Below these OCR confidences of the line a field was read from, the field is a doubt. */
    static final double LOW_OFFICE = 0.60, LOW_MEMO = 0.50;

    /**
     * The office, memo number or memo date read from a line OCR was unsure of ({@code doc}'s evidence): a warning,
     * unless the field is already warned about. True when a warning was added.
     */
    static boolean lowConfidence(DocumentInfo doc, List<Warning> warnings) {
        boolean added = false;
        for (String f : List.of("office", "memo_number", "memo_date")) {
            var e = doc.evidence().get(f);
            double low = f.equals("office") ? LOW_OFFICE : LOW_MEMO;
            if (e == null || !org.suchi.model.Evidence.OCR.equals(e.how()) || e.confidence() >= low) continue;
            if (warnings.stream().anyMatch(w -> w.indicator() == null && f.equals(w.field()))) continue;
            String value = f.equals("office") ? doc.office() : f.equals("memo_number") ? doc.memoNumber() : doc.memoDate();
            warnings.add(Warning.document(f, String.format(java.util.Locale.ROOT,
                    "%s \"%s\" read from a line OCR was unsure of (confidence %.2f)", f.replace('_', ' '), value, e.confidence())));
            added = true;
        }
        return added;
    }

    private static void add(List<Warning> warnings, String field, String message) {
        if (warnings.stream().anyMatch(w -> w.indicator() == null && field.equals(w.field()))) return;
        warnings.add(Warning.document(field, message));
    }

    private static void missing(String value, String field, String message, List<Warning> warnings) {
        if (value != null && !value.isBlank()) return;
        if (warnings.stream().anyMatch(w -> w.indicator() == null && field.equals(w.field()))) return;
        warnings.add(Warning.document(field, message));
    }
}
