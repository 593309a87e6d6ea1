package io.abacus.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
  @TempDir Path data;
  private AppSettings settings;

  private MainViewModel model(Locale locale) {
    SettingsStore store =
        new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    settings = new AppSettings(store.load(locale), store, TaskExecutor.sameThread());
    return new MainViewModel(new I18n(locale), Path.of("/tmp/abacus"), settings);
  }

  @Test
  void networkSwitchIsOneStepAndTestMoneyIsFlagged() {
    MainViewModel model = model(Locale.ENGLISH);
    assertThat(model.networkProperty().get().id()).isEqualTo("sandbox");
    assertThat(model.testMoneyProperty().get()).isTrue();
    assertThat(model.testMoneyText()).contains("test money");

    Network local =
        model.networks().stream().filter(n -> n.id().equals("local")).findFirst().orElseThrow();
    model.networkProperty().set(local);
    assertThat(settings.get().selectedNetworkId()).isEqualTo("local");
    assertThat(model.testMoneyProperty().get()).isFalse();

    settings.update(s -> s.withSelectedNetwork("sepolia"));
    assertThat(model.networkProperty().get().id()).isEqualTo("sepolia");
    assertThat(model.testMoneyProperty().get()).isTrue();
  }

  @Test
  void startsOnAccountsAndFollowsNavigation() {
    MainViewModel model = model(Locale.ENGLISH);
    assertThat(model.sectionProperty().get()).isEqualTo(Section.ACCOUNTS);
    assertThat(model.sectionTitleProperty().get()).isEqualTo("Accounts");

    model.navigate(Section.EXPLORER);
    assertThat(model.sectionTitleProperty().get()).isEqualTo("Explorer");
    assertThat(model.sectionIntroProperty().get()).contains("indexed from your own node");

    model.navigate(null);
    assertThat(model.sectionProperty().get()).isEqualTo(Section.EXPLORER);
  }

  @Test
  void textsFollowTheLanguage() {
    MainViewModel model = model(Locale.SIMPLIFIED_CHINESE);
    assertThat(model.windowTitle()).isEqualTo("Abacus");
    assertThat(model.navLabel(Section.SETTINGS)).isEqualTo("设置");
    // Issue 13: built-in network names in 简体中文; the sidebar's short form drops the brackets.
    assertThat(model.networkName(model.networkProperty().get())).isEqualTo("沙盒（本地测试链）");
    assertThat(model.shortNetworkName(model.networkProperty().get())).isEqualTo("沙盒");
    assertThat(model.dataFolderText()).contains("/tmp/abacus");
  }
}
