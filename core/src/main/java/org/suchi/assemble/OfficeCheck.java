package org.suchi.assemble;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Warning;

/**
 * The reporting office is the one document field every report has: a missing office is a warning, and
 * an office read with leading punctuation (", মৎস্য ও …": the end of a line above, a comma of the
 * address, a bullet) loses it, with a warning quoting what was read.
 */
final class OfficeCheck {
    private OfficeCheck() {}

    private static final Pattern LEADING = Pattern.compile("^[\\s\\p{P}\\p{S}&&[^(\\[]]+");

    static DocumentInfo apply(DocumentInfo doc, List<Warning> warnings) {
        String office = doc.office();
        if (office == null || office.isBlank()) {
            if (warnings.stream().noneMatch(w -> w.indicator() == null && "office".equals(w.field()))) {
                warnings.add(Warning.document("office", "no reporting office was found in the letterhead or the title"));
            }
            return doc;
        }
        Matcher m = LEADING.matcher(office);
        if (!m.find() || m.end() == 0) return doc;
        String clean = office.substring(m.end()).strip();
        warnings.add(Warning.document("office", "office read as \"" + office.strip() + "\": leading \""
                + m.group().strip() + "\" dropped" + (clean.isEmpty() ? "; nothing is left" : "")));
        return new DocumentInfo(doc.title(), clean.isEmpty() ? null : clean, doc.ministry(), doc.fiscalYear(),
                doc.period(), doc.memoNumber(), doc.memoDate());
    }
}
