package io.contractcheck.processor.report;

import static com.google.common.truth.Truth.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class JsonTest {
  @Test
  void escapesWhatJsonRequires() {
    StringBuilder out = new StringBuilder();
    Json.string("quote \" backslash \\ tab \t newline \n cr \r nul \u0000 bell \u0007 del \u007f", out);

    assertThat(out.toString()).isEqualTo("\"quote \\\" backslash \\\\ tab \\t newline \\n cr \\r nul"
        + " \\u0000 bell \\u0007 del \\u007f\"");
  }

  @Test
  void keepsPairedSurrogatesAndEscapesLoneOnes() {
    StringBuilder out = new StringBuilder();
    Json.string("emoji \uD83D\uDE00 lone \uD83D end \uDE00", out);

    assertThat(out.toString()).isEqualTo("\"emoji \uD83D\uDE00 lone \\ud83d end \\ude00\"");
  }

  @Test
  void aParserReadsBackWhatWasWritten() throws Exception {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", "a \"b\" \\ c\n\u0001 /* label= */ \u00e9\uD83D\uDE00");
    value.put("numbers", List.of(1, 2L, -3));
    value.put("flag", true);
    value.put("nothing", null);
    value.put("empty", Map.of());
    value.put("none", List.of());

    var tree = new ObjectMapper().readTree(Json.write(value));

    assertThat(tree.get("text").asString()).isEqualTo(value.get("text"));
    assertThat(tree.get("numbers").get(2).asInt()).isEqualTo(-3);
    assertThat(tree.get("flag").asBoolean()).isTrue();
    assertThat(tree.get("nothing").isNull()).isTrue();
    assertThat(tree.get("empty").size()).isEqualTo(0);
    assertThat(tree.get("none").size()).isEqualTo(0);
  }
}
