package org.suchi.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextCerTest {
    private static final ObjectMapper OM = new ObjectMapper();

    private static JsonNode row(String code, String indicator, String progress) {
        return OM.createObjectNode().<com.fasterxml.jackson.databind.node.ObjectNode>set("indicator",
                OM.createObjectNode().put("code", code).put("text", indicator)).put("progress", progress);
    }

    private static JsonNode report(JsonNode... rows) {
        var r = OM.createObjectNode();
        var a = r.putArray("rows");
        for (JsonNode n : rows) a.add(n);
        return r;
    }

    @Test
    void countsEditsOverExpectedLengthPerFieldMatchingRowsByCode() {
        JsonNode exp = report(row("1.1.1", "সেবা সহজিকরণ", "সম্পন্ন"), row("1.2.1", "তথ্য বাতায়ন", null));
        // 1.1.1: one substitution in the indicator ("সেবো"), progress equal up to white space; 1.2.1 missing
        JsonNode pred = report(row("1.1.1", "সেবো  সহজিকরণ", " সম্পন্ন "));
        Map<String, TextCer.Count> c = TextCer.score(exp, pred);
        assertThat(c.get("indicator.text").distance()).isEqualTo(1 + "তথ্য বাতায়ন".length());
        assertThat(c.get("indicator.text").length()).isEqualTo("সেবা সহজিকরণ".length() + "তথ্য বাতায়ন".length());
        assertThat(c.get("progress").cer()).isZero();
        assertThat(c.get("all").cer()).isCloseTo((double) c.get("all").distance() / c.get("all").length(), within(1e-12));
        assertThat(TextCer.score(exp, exp).get("all").cer()).isZero();
    }
}
