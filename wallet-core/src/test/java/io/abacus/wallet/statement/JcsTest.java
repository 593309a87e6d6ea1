package io.abacus.wallet.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Jcs} against the examples of RFC 8785. */
class JcsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String jcs(String json) throws Exception {
    return new String(Jcs.canonicalize(JSON.readTree(json)), StandardCharsets.UTF_8);
  }

  @Test
  void sortsMembersByUtf16CodeUnitsAsRfc8785Section323() throws Exception {
    String input =
        "{\"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\","
            + " \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\", \"1\": \"One\","
            + " \"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\": \"Control\","
            + " \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"}";
    assertThat(jcs(input))
        .isEqualTo(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
  }

  @Test
  void escapesStringsAndLiteralsAsRfc8785Section322() throws Exception {
    String input =
        "{\n  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
            + "  \"literals\": [null, true, false]\n}";
    assertThat(jcs(input))
        .isEqualTo(
            "{\"literals\":[null,true,false],\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
  }

  @Test
  void writesUtf8AndNestedObjectsSorted() throws Exception {
    byte[] out = Jcs.canonicalize(JSON.readTree("{\"b\":[{\"z\":1,\"a\":-2}],\"a\":\"é\"}"));
    assertThat(out)
        .isEqualTo("{\"a\":\"é\",\"b\":[{\"a\":-2,\"z\":1}]}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesFloatingPointAndUnsafeIntegers() throws Exception {
    assertThatThrownBy(() -> jcs("{\"amount\":[1.5]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.amount[0]")
        .hasMessageContaining("floating-point");
    assertThatThrownBy(() -> jcs("{\"n\":9007199254740992}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.n");
    assertThat(jcs("{\"n\":9007199254740991}")).isEqualTo("{\"n\":9007199254740991}");
  }
}
