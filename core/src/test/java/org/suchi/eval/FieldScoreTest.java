package org.suchi.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class FieldScoreTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode report() throws Exception {
        return M.readTree("""
                {"schema":"report/1","document":{"office":"কৃষি মন্ত্রণালয়","fiscal_year":"2024-25","period":"Q1",
                 "memo_number":null,"memo_date":null},
                 "levels":[{"key":"excellent","label":"অসাধারণ","percent":100},{"key":"good","label":"উত্তম","percent":80}],
                 "rows":[{"area":{"code":"1","text":"x","weight":33},"activity":{"code":"1.1","text":"y"},
                   "indicator":{"code":"1.1.1","text":"z"},"unit":"count","weight":4,
                   "targets":{"excellent":4,"good":null},"achievement":null,"progress":"p","reported_score":null}]}
                """);
    }

    @Test
    void identicalReportsScoreOne() throws Exception {
        FieldScore.Result r = FieldScore.score(report(), report());
        // 5 document fields + 5 head + 2 targets + 2 tail
        assertThat(r.total()).isEqualTo(14);
        assertThat(r.right()).isEqualTo(14);
        assertThat(r.rowsMatched()).isEqualTo(1);
    }

    @Test
    void aWrongValueANumberAsTextAndAMissingRowCountAsWrong() throws Exception {
        JsonNode pred = report();
        ObjectNode row = (ObjectNode) pred.path("rows").get(0);
        ((ObjectNode) row.path("targets")).put("excellent", "4");     // a string is not the number 4
        row.put("weight", 5);
        FieldScore.Result r = FieldScore.score(report(), pred);
        assertThat(r.right()).isEqualTo(12);
        ((ObjectNode) row.path("indicator")).put("code", "1.1.2");    // no longer matches: all 9 row fields wrong
        assertThat(FieldScore.score(report(), pred).right()).isEqualTo(5);
        assertThat(FieldScore.score(report(), null).right()).isZero();
    }

    @Test
    void textIsComparedAfterNfcAndWhiteSpaceFolding() {
        assertThat(FieldScore.same(M.getNodeFactory().textNode("কৃষি  মন্ত্রণালয় "),
                M.getNodeFactory().textNode("কৃষি মন্ত্রণালয়"))).isTrue();
        assertThat(FieldScore.same(M.getNodeFactory().nullNode(), M.getNodeFactory().textNode(" "))).isTrue();
    }
}
