package io.abacus.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.settings.Language;
import io.abacus.app.settings.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstLookTest {
  @TempDir Path data;

  @Test
  void aFreshDataFolderOpensLightInTheSystemLanguageOnTheSandbox() {
    assertThat(FirstLook.of(data, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(new FirstLook(Theme.LIGHT, Language.SIMPLIFIED_CHINESE, true));
    assertThat(FirstLook.of(data, Locale.GERMANY).language()).isEqualTo(Language.ENGLISH);
  }

  @Test
  void darkSettingsOpenDarkBeforeTheSettingsAreLoaded() throws Exception {
    settings("{\n  \"version\" : 3,\n  \"theme\" : \"DARK\"\n}");
    assertThat(FirstLook.of(data, Locale.ENGLISH).theme()).isEqualTo(Theme.DARK);
  }

  @Test
  void lightOrDamagedSettingsOpenLight() throws Exception {
    settings("{\"theme\":\"LIGHT\"}");
    assertThat(FirstLook.of(data, Locale.ENGLISH).theme()).isEqualTo(Theme.LIGHT);
    settings("{\"theme\":");
    assertThat(FirstLook.of(data, Locale.ENGLISH).theme()).isEqualTo(Theme.LIGHT);
  }

  @Test
  void theStoredLanguageWinsOverTheSystemOne() throws Exception {
    settings("{\"language\" : \"zh-CN\"}");
    assertThat(FirstLook.of(data, Locale.ENGLISH).language())
        .isEqualTo(Language.SIMPLIFIED_CHINESE);
    settings("{\"language\" : \"en\"}");
    assertThat(FirstLook.of(data, Locale.SIMPLIFIED_CHINESE).language())
        .isEqualTo(Language.ENGLISH);
  }

  @Test
  void theTestMoneyBannerFollowsTheSelectedNetwork() throws Exception {
    String networks =
        "\"networks\" : [ {\"id\" : \"sandbox\", \"name\" : \"Sandbox\", \"testMoney\" : true},"
            + " {\"id\" : \"mainnet\", \"name\" : \"Ethereum\", \"kind\" : \"PUBLIC\","
            + " \"testMoney\" : false} ]";
    settings("{\"selectedNetworkId\" : \"mainnet\", " + networks + "}");
    assertThat(FirstLook.of(data, Locale.ENGLISH).testMoney()).isFalse();
    settings("{\"selectedNetworkId\" : \"sandbox\", " + networks + "}");
    assertThat(FirstLook.of(data, Locale.ENGLISH).testMoney()).isTrue();
    // An unknown choice: the settings select the Sandbox.
    settings("{\"selectedNetworkId\" : \"gone\", " + networks + "}");
    assertThat(FirstLook.of(data, Locale.ENGLISH).testMoney()).isTrue();
  }

  private void settings(String json) throws Exception {
    Files.writeString(data.resolve("settings.json"), json);
  }
}
