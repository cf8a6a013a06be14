package org.suchi.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.suchi.config.NameDirectory;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Warning;
import org.suchi.normalise.BanglaText;
import org.suchi.normalise.FiscalYear;
import org.suchi.normalise.FiscalYears;
import org.suchi.normalise.LetterLines;
import org.suchi.normalise.Memos;
import org.suchi.normalise.Offices;
import org.suchi.normalise.Parsed;
import org.suchi.normalise.Periods;

/**
 * The document fields from text lines (no OCR here): the cover letter's lines and the title block's lines above
 * the table, each field by its parser in {@code org.suchi.normalise} ({@link FiscalYears}, {@link Periods},
 * {@link Memos}, {@link Offices}); when neither names the fiscal year, the table header's লক্ষ্যমাত্রা cell (e.g.
 * "লক্ষ্যমাত্রা ২০২৩-২০২৪") does.
 */
public final class TextDocumentFieldReader implements DocumentFieldReader {
    /** Extracted document fields and the warnings raised while extracting them. */
    public record Result(DocumentInfo info, List<Warning> warnings) {}

    private final NameDirectory offices;

    /** A reader without an office-name directory. */
    public TextDocumentFieldReader() {
        this(null);
    }

    /** @param offices the office-name directory the letterhead is read with, or null */
    public TextDocumentFieldReader(NameDirectory offices) {
        this.offices = offices;
    }

    @Override
    public DocumentInfo read(List<String> letter, List<String> title, List<String> header, List<Warning> warnings) {
        Result r = fromText(letter, title, offices);
        DocumentInfo d = r.info();
        List<Warning> w = r.warnings();
        if (d.fiscalYear() == null && !header.isEmpty()) {
            Parsed<FiscalYear> fy = FiscalYears.fiscalYear(header);
            if (fy.present()) {
                d = new DocumentInfo(d.title(), d.office(), d.ministry(), fy.value().label(), d.period(),
                        d.memoNumber(), d.memoDate());
                w = w.stream().filter(x -> !"fiscal_year".equals(x.field())).toList();
                warnings.add(Warning.document("fiscal_year", "fiscal year taken from the table header, not the title"));
            }
        }
        warnings.addAll(w);
        return d;
    }

    /**
     * All document fields from the letter's and the title block's lines (either may be null or empty), with
     * a warning for each field that could not be settled.
     */
    public static Result fromText(List<String> letterLines, List<String> titleLines) {
        return fromText(letterLines, titleLines, null);
    }

    /** {@link #fromText(List, List)} with the letterhead read with a directory of office names (may be null). */
    public static Result fromText(List<String> letterLines, List<String> titleLines, NameDirectory offices) {
        List<Warning> w = new ArrayList<>();
        List<String> letter = LetterLines.lines(letterLines);
        List<String> title = LetterLines.lines(titleLines);
        String titleText = title.isEmpty() ? null : String.join(" ", title.stream().map(BanglaText::cleanOcr).toList());

        List<String> both = new ArrayList<>(title);
        both.addAll(letter);
        Parsed<FiscalYear> fy = FiscalYears.fiscalYear(title).present() ? FiscalYears.fiscalYear(title) : FiscalYears.fiscalYear(both);
        note(w, "fiscal_year", fy);
        Parsed<String> period = Periods.period(title, letter);
        note(w, "period", period);
        Parsed<String> memo = Memos.memoNumber(letter);
        note(w, "memo_number", memo);
        Parsed<LocalDate> date = Memos.memoDate(letter);
        note(w, "memo_date", date);
        Parsed<String> office = Offices.office(title, letter, offices);
        note(w, "office", office);
        Parsed<String> ministry = Offices.ministry(title, letter, offices);
        note(w, "ministry", ministry);

        DocumentInfo info = new DocumentInfo(titleText, office.value(), ministry.value(),
                fy.present() ? fy.value().label() : null, period.value(), memo.value(),
                date.present() ? date.value().toString() : null);
        return new Result(info, w);
    }

    private static void note(List<Warning> w, String field, Parsed<?> p) {
        if (p.problem() != null) w.add(Warning.document(field, p.problem()));
    }
}
