package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonValuesTest {
  private static JsonParser at(String json) throws IOException {
    JsonParser p =
        new JsonFactory().createParser(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    p.nextToken();
    return p;
  }

  @Test
  void decodesDataInEitherCase() throws IOException {
    assertThat(JsonValues.data(at("\"0x00fFa5Bc\""), "input"))
        .containsExactly(0x00, 0xff, 0xa5, 0xbc);
    assertThat(JsonValues.data(at("\"0x\""), "input")).isEmpty();
    assertThat(JsonValues.quantity(at("\"0x1F\""), "gas")).isEqualTo(31);
  }

  @Test
  void namesTheCharacterThatIsNotHex() {
    assertThatThrownBy(() -> JsonValues.data(at("\"0x0g\""), "input"))
        .hasMessage("input has a non-hex character 'g'");
    assertThatThrownBy(() -> JsonValues.data(at("\"0xé0\""), "input"))
        .hasMessage("input has a non-hex character 'é'");
    assertThatThrownBy(() -> JsonValues.quantity(at("\"0x1:\""), "gas"))
        .hasMessage("gas has a non-hex character ':'");
    assertThatThrownBy(() -> JsonValues.data(at("\"0x0\""), "input"))
        .hasMessage("input has an odd number of hex digits");
  }
}
