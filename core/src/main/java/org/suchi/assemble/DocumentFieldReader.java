package org.suchi.assemble;

import java.util.List;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Warning;

/** Reads the document fields from the cover letter's lines and the title block's lines. */
public interface DocumentFieldReader {
    /**
     * @param letter   lines of the pages before the first table (the cover letter), in order; may be empty
     * @param title    lines of the title block above the first table
     * @param header   the first table's header texts (its লক্ষ্যমাত্রা cell names the fiscal year)
     * @param warnings where doubts are reported
     */
    DocumentInfo read(List<String> letter, List<String> title, List<String> header, List<Warning> warnings);
}
