package io.abacus.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationsTest {

  @Test
  void everyEnglishKeyHasASimplifiedChineseTranslation() throws IOException {
    Properties en = load("/abacus/i18n/messages.properties");
    Properties zh = load("/abacus/i18n/messages_zh_CN.properties");
    assertThat(en).isNotEmpty();
    assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    zh.forEach((k, v) -> assertThat((String) v).as(k.toString()).isNotBlank());
  }

  @Test
  void bundleIsChosenByLocaleAndReadAsUtf8() {
    assertThat(new I18n(Locale.ENGLISH).get("nav.send")).isEqualTo("Send");
    assertThat(new I18n(Locale.SIMPLIFIED_CHINESE).get("nav.send")).isEqualTo("付款");
    assertThat(new I18n(Locale.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
  }

  private static Properties load(String path) throws IOException {
    try (InputStream in = TranslationsTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
