package org.suchi.assemble;

import java.util.List;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Warning;
import org.suchi.normalise.DocumentFields;
import org.suchi.normalise.FiscalYear;
import org.suchi.normalise.Parsed;

/**
 * Document fields from the cover letter and title block ({@link DocumentFields}); when neither names
 * the fiscal year, the table header's লক্ষ্যমাত্রা cell (e.g. "লক্ষ্যমাত্রা ২০২৩-২০২৪") does.
 */
public final class LetterFields implements DocumentFieldReader {
    @Override
    public DocumentInfo read(List<String> letter, List<String> title, List<String> header, List<Warning> warnings) {
        DocumentFields.Result r = DocumentFields.extract(letter, title);
        DocumentInfo d = r.info();
        List<Warning> w = r.warnings();
        if (d.fiscalYear() == null && !header.isEmpty()) {
            Parsed<FiscalYear> fy = DocumentFields.fiscalYear(header);
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
}
