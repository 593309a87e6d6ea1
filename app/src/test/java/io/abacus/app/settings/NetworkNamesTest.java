package io.abacus.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.network.Network;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 13: network names were not translated in 简体中文. */
class NetworkNamesTest {
  final I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
  final I18n english = new I18n(Locale.ENGLISH);

  @Test
  void everyBuiltInNetworkHasItsNameInBothLanguages() {
    for (Network preset : NetworkPresets.load()) {
      assertThat(NetworkNames.display(preset, english)).isEqualTo(preset.name());
      assertThat(NetworkNames.display(preset, chinese))
          .as(preset.id())
          .isNotEqualTo(preset.id())
          .doesNotStartWith("!");
    }
    Network sandbox =
        NetworkPresets.load().stream()
            .filter(n -> n.kind() == Network.Kind.SANDBOX)
            .findFirst()
            .orElseThrow();
    assertThat(NetworkNames.display(sandbox, chinese)).isEqualTo("沙盒（本地测试链）");
  }

  @Test
  void aNetworkTheUserAddedKeepsItsName() {
    Network mine =
        new Network("sandbox", "My node", 5, "", "ETH", 18, null, Network.Kind.CUSTOM, false);
    assertThat(NetworkNames.display(mine, chinese)).isEqualTo("My node");
  }
}
