package org.suchi.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/** Field names of the index and the facet configuration. One place, so mapping, search and export agree. */
public final class Fields {
    private Fields() {}

    /** {@link #ROW} or {@link #REPORT}. */
    public static final String TYPE = "type";
    public static final String ROW = "row";
    public static final String REPORT = "report";

    /** The report's {@code source.sha256}: its identity (re-indexing replaces every document with it). */
    public static final String SHA256 = "sha256";
    public static final String FILE = "file";
    public static final String OFFICE = "office";
    public static final String MINISTRY = "ministry";
    public static final String FISCAL_YEAR = "fiscal_year";
    public static final String PERIOD = "period";
    public static final String MEMO_NUMBER = "memo_number";
    public static final String MEMO_DATE = "memo_date";
    public static final String TITLE = "title";
    public static final String UNIT = "unit";
    public static final String INDICATOR = "indicator";
    /** Level the achievement reached ({@code excellent} … {@code poor}, or {@link #BELOW_LOWEST}). */
    public static final String LEVEL = "level";
    public static final String BELOW_LOWEST = "below_lowest";
    public static final String SCORE = "score";
    /** Position of the row in its report (keeps document order in listings). */
    public static final String ORDER = "order";
    /** Row count of a report document. */
    public static final String ROWS = "rows";

    /** Row text (indicator, progress, activity, area, indicator code), stemmed. */
    public static final String TEXT = "text";
    /** The same text as edge n-grams (partial words); stored: the text shown and highlighted. */
    public static final String TEXT_PREFIX = "text_prefix";
    /** The report's office, ministry and fiscal year as edge n-grams (a query word may match these instead). */
    public static final String CONTEXT = "context";
    /** The row as its report/1 JSON, for compare and export. */
    public static final String ROW_JSON = "row_json";
    /** The report's {@code levels} array as JSON (which level columns the plan has). */
    public static final String LEVELS = "levels";

    /** Exact fields that are also facet dimensions, in display order. */
    public static final List<String> FACETS = List.of(MINISTRY, OFFICE, FISCAL_YEAR, PERIOD, UNIT, INDICATOR, LEVEL);

    /** Facets counted from doc values (no taxonomy index: one index, one atomic commit). */
    public static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }
}
