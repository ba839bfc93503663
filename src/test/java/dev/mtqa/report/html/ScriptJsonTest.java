package dev.mtqa.report.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptJsonTest {

    @Test
    void nothingCanEndTheScriptElementAndTheTextComesBackExactly() throws Exception {
        String hostile = "</script><script>alert(1)</script> <!-- x --> </SCRIPT > & \u2028\u2029 \ud83d\ude00 \ud800 \"'\\";
        String json = ScriptJson.write(Map.of("text", hostile));
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&")
                .doesNotContain("\u2028").doesNotContain("\u2029").doesNotContain("\ud800");
        assertThat(json).isEqualTo(json.replaceAll("[^\\x20-\\x7e]", ""));
        String back = new ObjectMapper().readTree(json).get("text").asText();
        assertThat(back).isEqualTo(hostile);
    }
}
