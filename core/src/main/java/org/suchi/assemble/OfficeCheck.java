package org.suchi.assemble;

import java.util.List;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Warning;
import org.suchi.config.NameDirectory;
import org.suchi.normalise.OfficeWords;

/**
 * The reporting office is the one document field every report has: a missing office is a warning, and
 * an office read with leading punctuation (", মৎস্য ও …": the end of a line above, a comma of the
 * address, a bullet) loses it, with a warning quoting what was read. With a {@link NameDirectory}, every word
 * of the office is checked against it ({@link OfficeWords}): a word repaired to the one near directory word, or
 * a word the directory lacks, is a warning quoting what was read. The office is never silently changed.
 */
final class OfficeCheck {
    private OfficeCheck() {}

    private static final Pattern LEADING = Pattern.compile("^[\\s\\p{P}\\p{S}&&[^(\\[]]+");

    static DocumentInfo apply(DocumentInfo doc, List<Warning> warnings) {
        return apply(doc, null, warnings);
    }

    /** @param dir the office-name directory, or null (then only a missing office and leading punctuation are checked) */
    static DocumentInfo apply(DocumentInfo doc, NameDirectory dir, List<Warning> warnings) {
        doc = punctuation(doc, warnings);
        if (dir == null || doc.office() == null || doc.office().isBlank()) return doc;
        OfficeWords.Result r = OfficeWords.check(doc.office(), dir);
        if (r.clean()) return doc;
        StringBuilder m = new StringBuilder("office read as \"" + doc.office().strip() + "\"");
        if (!r.repairs().isEmpty()) {
            m.append(": ").append(r.repairs().stream().map(x -> x.fixed() == null ? "\"" + x.read() + "\" dropped"
                    : "\"" + x.read() + "\" read as \"" + x.fixed() + "\"").collect(Collectors.joining(", ")));
        }
        if (!r.unknown().isEmpty()) {
            m.append(r.repairs().isEmpty() ? ": " : "; ").append(r.unknown().size() == 1 ? "the word " : "the words ")
                    .append(r.unknown().stream().map(x -> "\"" + x + "\"").collect(Collectors.joining(", ")))
                    .append(" not in the office-name directory");
        }
        warnings.add(Warning.document("office", m.toString()));
        if (r.value().equals(doc.office())) return doc;
        return new DocumentInfo(doc.title(), r.value(), doc.ministry(), doc.fiscalYear(), doc.period(), doc.memoNumber(),
                doc.memoDate());
    }

    private static DocumentInfo punctuation(DocumentInfo doc, List<Warning> warnings) {
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
