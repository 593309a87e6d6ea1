package io.abacus.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranslationsTest {

  @Test
  void everyEnglishKeyHasASimplifiedChineseTranslationInTheSameBundle() throws IOException {
    Set<String> all = new HashSet<>();
    for (String bundle : I18n.BUNDLES) {
      String base = "/" + bundle.replace('.', '/');
      Properties en = load(base + ".properties");
      Properties zh = load(base + "_zh_CN.properties");
      if (en == null && zh == null) {
        continue;
      }
      assertThat(en).as(base + " English").isNotNull();
      assertThat(zh).as(base + " Chinese").isNotNull();
      assertThat(zh.keySet()).as(base).containsExactlyInAnyOrderElementsOf(en.keySet());
      zh.forEach((k, v) -> assertThat((String) v).as(k.toString()).isNotBlank());
      for (Object k : en.keySet()) {
        assertThat(all.add((String) k)).as("key " + k + " is defined in two bundles").isTrue();
      }
    }
    assertThat(all).isNotEmpty();
  }

  @Test
  void bundleIsChosenByLocaleAndReadAsUtf8() {
    assertThat(new I18n(Locale.ENGLISH).get("nav.send")).isEqualTo("Send");
    assertThat(new I18n(Locale.SIMPLIFIED_CHINESE).get("nav.send")).isEqualTo("付款");
    assertThat(new I18n(Locale.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
  }

  private static Properties load(String path) throws IOException {
    try (InputStream in = TranslationsTest.class.getResourceAsStream(path)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
