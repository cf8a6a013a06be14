package org.suchi.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * Lucene documents of one report: one per indicator row (with the report's office, ministry, fiscal year, period,
 * memo, file and sha256) and one for the report itself. Exact fields are indexed as keywords and as facets.
 */
public final class DocumentMapper {
    private final FacetsConfig facets = Fields.facetsConfig();
    private final LevelRule rule;

    public DocumentMapper(LevelRule rule) {
        this.rule = rule;
    }

    /** The report document first, then its rows in document order. */
    public List<Document> documents(IndexedReport r) {
        List<Document> docs = new ArrayList<>(r.rows().size() + 1);
        docs.add(build(reportDoc(r)));
        String levels = json(r.levels());
        int order = 0;
        for (JsonNode row : r.rows()) {
            docs.add(build(rowDoc(r, row, order++, levels)));
        }
        return docs;
    }

    private Document build(Document d) {
        try {
            return facets.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document reportDoc(IndexedReport r) {
        Document d = common(r, Fields.REPORT);
        stored(d, Fields.TITLE, r.title());
        d.add(new StoredField(Fields.ROWS, r.rows().size()));
        return d;
    }

    private Document rowDoc(IndexedReport r, JsonNode row, int order, String levels) {
        Document d = common(r, Fields.ROW);
        String code = IndexedReport.text(row.path("indicator"), "code");
        keyword(d, Fields.INDICATOR, code);
        keyword(d, Fields.UNIT, IndexedReport.text(row, "unit"));
        LevelRule.Outcome o = Assessments.of(row, r.levels(), rule);
        keyword(d, Fields.LEVEL, o.level());
        if (o.score() != null) {
            d.add(new StoredField(Fields.SCORE, o.score()));
        }
        d.add(new StoredField(Fields.ORDER, order));
        d.add(new NumericDocValuesField(Fields.ORDER, order));
        for (String t : rowTexts(row)) {
            d.add(new TextField(Fields.TEXT, t, Field.Store.NO));
            d.add(new TextField(Fields.TEXT_PREFIX, t, Field.Store.YES));
        }
        if (code != null) {
            d.add(new TextField(Fields.TEXT, code, Field.Store.NO));
            d.add(new TextField(Fields.TEXT_PREFIX, code, Field.Store.NO));
        }
        for (String c : new String[] {r.office(), r.ministry(), r.fiscalYear()}) {
            if (c != null) {
                d.add(new TextField(Fields.CONTEXT, c, Field.Store.NO));
            }
        }
        d.add(new StoredField(Fields.ROW_JSON, json(row)));
        d.add(new StoredField(Fields.LEVELS, levels));
        return d;
    }

    /** The searchable texts of a row, most specific first: indicator, progress, activity, area. */
    public static List<String> rowTexts(JsonNode row) {
        List<String> out = new ArrayList<>(4);
        for (String t : new String[] {IndexedReport.text(row.path("indicator"), "text"), IndexedReport.text(row, "progress"),
                IndexedReport.text(row.path("activity"), "text"), IndexedReport.text(row.path("area"), "text")}) {
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static Document common(IndexedReport r, String type) {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, type, Field.Store.NO));
        d.add(new StringField(Fields.SHA256, r.sha256(), Field.Store.YES));
        stored(d, Fields.FILE, r.file());
        keyword(d, Fields.OFFICE, r.office());
        keyword(d, Fields.MINISTRY, r.ministry());
        keyword(d, Fields.FISCAL_YEAR, r.fiscalYear());
        keyword(d, Fields.PERIOD, r.period());
        stored(d, Fields.MEMO_NUMBER, r.memoNumber());
        stored(d, Fields.MEMO_DATE, r.memoDate());
        return d;
    }

    private static void keyword(Document d, String name, String value) {
        if (value != null) {
            d.add(new StringField(name, value, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(name, value));
        }
    }

    private static void stored(Document d, String name, String value) {
        if (value != null) {
            d.add(new StoredField(name, value));
        }
    }

    private static String json(JsonNode n) {
        try {
            return ReportFile.MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
