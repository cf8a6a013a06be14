package org.suchi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.suchi.extract.ReportJson;

/** Evidence in report/1 JSON: additive, in a stable order, and read back as written. */
class EvidenceJsonTest {
    private static Row row(Map<String, Evidence> ev) {
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("excellent", "2024-05-16");
        targets.put("good", null);
        return new Row(new Row.Area("1", "ই-গভর্ন্যান্স", 25), new Row.Activity("1.1", "সেবা"), new Row.Indicator("1.1.1", "সেবা সহজিকৃত"),
                "date", 10, targets, null, null, null, null, 1, 0.9, ev);
    }

    private static Report report(Row row, DocumentInfo doc) {
        return new Report(Report.SCHEMA, new Source("a.pdf", "0", 2, Source.SCANNED_PDF), doc, Level.THREE, List.of(row), List.of());
    }

    @Test
    void evidenceIsWrittenAfterTheRowsFieldsAndReadBack() throws Exception {
        Map<String, Evidence> ev = new LinkedHashMap<>();
        ev.put("indicator.code", new Evidence(2, List.of(0.16, 0.318, 0.2, 0.341), "[১.১.১]", 0.91, Evidence.OCR));
        ev.put("targets.excellent", new Evidence(2, List.of(0.412, 0.318, 0.468, 0.341), "১৬/০৫/২০২৪", 0.93, Evidence.OCR));
        DocumentInfo doc = new DocumentInfo(null, "জাতীয় মহিলা সংস্থা", null, "2023-24", "Q2", null, null)
                .withEvidence(Map.of("office", new Evidence(1, List.of(0.3, 0.05, 0.7, 0.08), "জাতীয় মহিলা সংস্থা", 0.88, Evidence.OCR)));
        Report r = report(row(ev), doc);
        JsonNode json = ReportJson.mapper().valueToTree(r);
        JsonNode jr = json.path("rows").get(0);
        List<String> keys = new ArrayList<>();
        jr.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("area", "activity", "indicator", "unit", "weight", "targets", "achievement",
                "progress", "reported_score", "page", "confidence", "evidence");
        List<String> evKeys = new ArrayList<>();
        jr.path("evidence").fieldNames().forEachRemaining(evKeys::add);
        assertThat(evKeys).containsExactly("indicator.code", "targets.excellent");
        List<String> one = new ArrayList<>();
        jr.path("evidence").path("targets.excellent").fieldNames().forEachRemaining(one::add);
        assertThat(one).containsExactly("page", "box", "text", "confidence", "how");
        assertThat(jr.path("evidence").path("targets.excellent").path("box").get(0).asDouble()).isEqualTo(0.412);
        List<String> docKeys = new ArrayList<>();
        json.path("document").fieldNames().forEachRemaining(docKeys::add);
        assertThat(docKeys).endsWith("memo_date", "evidence");

        Report back = ReportJson.mapper().treeToValue(json, Report.class);
        assertThat(back.rows().get(0).evidence()).isEqualTo(ev);
        assertThat(back.document().evidence()).isEqualTo(doc.evidence());
        assertThat(ReportJson.mapper().writeValueAsString(back)).isEqualTo(ReportJson.mapper().writeValueAsString(r));
    }

    @Test
    void aReportWithoutEvidenceIsWrittenAsBeforeAndOldJsonReads() throws Exception {
        Report r = report(row(null), DocumentInfo.EMPTY);
        JsonNode json = ReportJson.mapper().valueToTree(r);
        assertThat(json.path("rows").get(0).has("evidence")).isFalse();
        assertThat(json.path("document").has("evidence")).isFalse();
        Report back = ReportJson.mapper().treeToValue(json, Report.class);
        assertThat(back.rows().get(0).evidence()).isEmpty();
        assertThat(back).isEqualTo(r);
    }

    @Test
    void assessingARowKeepsItsEvidence() {
        Map<String, Evidence> ev = Map.of("weight", new Evidence(1, List.of(0.1, 0.1, 0.2, 0.2), "১০", 0.9, Evidence.OCR));
        Row assessed = row(ev).withAssessment(new RowAssessment(null, null, null, "no_achievement"));
        assertThat(assessed.evidence()).isEqualTo(ev);
    }

    @Test
    void aReviewedValueCarriesWhoChangedIt() throws Exception {
        Evidence e = new Evidence(1, List.of(0.1, 0.1, 0.2, 0.2), "১২", 0.4, Evidence.OCR,
                new Evidence.Reviewed("rahim", "2026-12-06T04:00:00Z", 12));
        JsonNode json = ReportJson.mapper().valueToTree(e);
        assertThat(json.path("reviewed").path("by").asText()).isEqualTo("rahim");
        assertThat(ReportJson.mapper().treeToValue(json, Evidence.class)).isEqualTo(e);
        assertThat(ReportJson.mapper().valueToTree(new Evidence(1, List.of(0.1, 0.1, 0.2, 0.2), "১২", 0.4, Evidence.OCR))
                .has("reviewed")).isFalse();
    }

    @Test
    void aBoxHasFourNumbers() {
        assertThatThrownBy(() -> new Evidence(1, List.of(0.1, 0.2), "x", 1, Evidence.OCR)).isInstanceOf(IllegalArgumentException.class);
    }
}
