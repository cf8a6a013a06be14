package org.suchi.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet table's rows: one per indicator row of a report/1 file, with the report's fields beside it. Built
 * from the JSON tree (not the Java records), so that every report/1 field is read as written, including
 * {@code rows[].evidence} (issue 13) when the reports carry it. A target or achievement is a struct of
 * {@code number}, {@code date} and {@code text}: the one its unit gives is set.
 */
public final class IndicatorRows {
    private IndicatorRows() {}

    private static final StructType VALUE = new StructType(new StructField[] {
            field("number", DataTypes.DoubleType), field("date", DataTypes.DateType), field("text", DataTypes.StringType)});

    private static final StructType ASSESSMENT = new StructType(new StructField[] {
            field("level", DataTypes.StringType), field("percent", DataTypes.DoubleType),
            field("score", DataTypes.DoubleType), field("status", DataTypes.StringType)});

    private static final StructType EVIDENCE = new StructType(new StructField[] {
            field("page", DataTypes.IntegerType), field("box", DataTypes.createArrayType(DataTypes.DoubleType)),
            field("text", DataTypes.StringType), field("confidence", DataTypes.DoubleType),
            field("how", DataTypes.StringType)});

    /** The table's columns ({@code fiscal_year} is the partition column). */
    public static final StructType SCHEMA = new StructType(new StructField[] {
            field("report", DataTypes.StringType),
            field("source_file", DataTypes.StringType),
            field("sha256", DataTypes.StringType),
            field("source_pages", DataTypes.IntegerType),
            field("source_kind", DataTypes.StringType),
            field("title", DataTypes.StringType),
            field("office", DataTypes.StringType),
            field("ministry", DataTypes.StringType),
            field("fiscal_year", DataTypes.StringType),
            field("period", DataTypes.StringType),
            field("memo_number", DataTypes.StringType),
            field("memo_date", DataTypes.DateType),
            field("row_index", DataTypes.IntegerType),
            field("area_code", DataTypes.StringType),
            field("area_text", DataTypes.StringType),
            field("area_weight", DataTypes.DoubleType),
            field("activity_code", DataTypes.StringType),
            field("activity_text", DataTypes.StringType),
            field("indicator_code", DataTypes.StringType),
            field("indicator_text", DataTypes.StringType),
            field("unit", DataTypes.StringType),
            field("weight", DataTypes.DoubleType),
            field("targets", DataTypes.createMapType(DataTypes.StringType, VALUE, true)),
            field("achievement", VALUE),
            field("progress", DataTypes.StringType),
            field("reported_score", DataTypes.DoubleType),
            field("assessment", ASSESSMENT),
            field("page", DataTypes.IntegerType),
            field("confidence", DataTypes.DoubleType),
            field("evidence", DataTypes.createMapType(DataTypes.StringType, EVIDENCE, true)),
            field("warnings", DataTypes.IntegerType)});

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    /** The rows of one report; {@code report} is its path in the output folder. */
    public static List<Row> of(String report, JsonNode tree) {
        JsonNode source = tree.path("source");
        JsonNode doc = tree.path("document");
        List<Row> out = new ArrayList<>();
        int i = 0;
        for (JsonNode r : tree.path("rows")) {
            String code = text(r.path("indicator").path("code"));
            int warned = 0;
            for (JsonNode w : tree.path("warnings")) {
                if (code != null && code.equals(text(w.path("indicator")))) warned++;
            }
            out.add(RowFactory.create(
                    report,
                    text(source.path("file")),
                    text(source.path("sha256")),
                    integer(source.path("pages")),
                    text(source.path("kind")),
                    text(doc.path("title")),
                    text(doc.path("office")),
                    text(doc.path("ministry")),
                    text(doc.path("fiscal_year")),
                    text(doc.path("period")),
                    text(doc.path("memo_number")),
                    date(doc.path("memo_date")),
                    i++,
                    text(r.path("area").path("code")),
                    text(r.path("area").path("text")),
                    number(r.path("area").path("weight")),
                    text(r.path("activity").path("code")),
                    text(r.path("activity").path("text")),
                    code,
                    text(r.path("indicator").path("text")),
                    text(r.path("unit")),
                    number(r.path("weight")),
                    targets(r.path("targets")),
                    value(r.path("achievement")),
                    text(r.path("progress")),
                    number(r.path("reported_score")),
                    assessment(r.path("assessment")),
                    integer(r.path("page")),
                    number(r.path("confidence")),
                    evidence(r.path("evidence")),
                    warned));
        }
        return out;
    }

    private static scala.collection.Map<String, Row> targets(JsonNode t) {
        if (!t.isObject()) return null;
        Map<String, Row> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
            var e = it.next();
            m.put(e.getKey(), value(e.getValue()));
        }
        return scala(m);
    }

    /** A target or achievement: a number, an ISO date, or other text; null for null. */
    static Row value(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) return null;
        if (v.isNumber()) return RowFactory.create(v.asDouble(), null, null);
        String s = v.isTextual() ? v.asText() : v.toString();
        LocalDate d = parseDate(s);
        return d != null ? RowFactory.create(null, d, null) : RowFactory.create(null, null, s);
    }

    private static Row assessment(JsonNode a) {
        if (!a.isObject()) return null;
        return RowFactory.create(text(a.path("level")), number(a.path("percent")), number(a.path("score")),
                text(a.path("status")));
    }

    private static scala.collection.Map<String, Row> evidence(JsonNode e) {
        if (!e.isObject()) return null;
        Map<String, Row> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            var f = it.next();
            JsonNode v = f.getValue();
            scala.collection.immutable.Seq<Double> box = null;
            if (v.path("box").isArray()) {
                List<Double> b = new ArrayList<>();
                for (JsonNode x : v.path("box")) b.add(x.asDouble());
                box = scala.jdk.javaapi.CollectionConverters.asScala(b).toList();
            }
            m.put(f.getKey(), RowFactory.create(integer(v.path("page")), box, text(v.path("text")),
                    number(v.path("confidence")), text(v.path("how"))));
        }
        return scala(m);
    }

    /** Spark's external type of a map column is a Scala map. */
    private static scala.collection.Map<String, Row> scala(Map<String, Row> m) {
        return scala.jdk.javaapi.CollectionConverters.asScala(m);
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static Double number(JsonNode n) {
        return n != null && n.isNumber() ? n.asDouble() : null;
    }

    private static Integer integer(JsonNode n) {
        return n != null && n.isNumber() ? n.asInt() : null;
    }

    private static LocalDate date(JsonNode n) {
        return n != null && n.isTextual() ? parseDate(n.asText()) : null;
    }

    private static LocalDate parseDate(String s) {
        if (s.length() != 10) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
