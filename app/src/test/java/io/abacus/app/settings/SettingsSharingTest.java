package io.abacus.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.secrets.FileSecretStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings file shared by a running app and the command line (issues 12 and 19): each change is
 * applied to the file as it is on disk, under its lock, so neither drops the other's change.
 */
class SettingsSharingTest {
  @TempDir Path data;

  private SettingsStore store() {
    return new SettingsStore(
        data, NetworkPresets.load(), SettingsMigrations.standard(), () -> FileSecretStore.in(data));
  }

  private static Network consortium(String id) {
    return new Network(
        id,
        "Consortium " + id,
        2024,
        "http://127.0.0.1:8545",
        "CON",
        18,
        null,
        Network.Kind.CUSTOM,
        false);
  }

  @Test
  void anUpdateKeepsWhatAnotherStoreSavedMeanwhile() {
    SettingsStore app = store();
    SettingsStore cli = store();
    Settings seen = app.load(Locale.ENGLISH);
    app.save(seen);

    cli.update(s -> s.withNetwork(consortium("custom-cli")), seen);
    Settings saved = app.update(s -> s.withTheme(Theme.DARK), seen);

    assertThat(saved.theme()).isEqualTo(Theme.DARK);
    assertThat(saved.networks()).extracting(Network::id).contains("custom-cli");
    Settings onDisk = store().load(Locale.ENGLISH);
    assertThat(onDisk).isEqualTo(saved);
  }

  @Test
  void theRunningAppKeepsANetworkTheCommandLineAddedAndShowsIt() {
    SettingsStore appStore = store();
    Settings initial = appStore.load(Locale.ENGLISH);
    appStore.save(initial);
    AppSettings app = new AppSettings(initial, appStore, TaskExecutor.sameThread());

    // 'abacus network add' while the app runs.
    store().update(s -> s.withNetwork(consortium("custom-cli")), initial);
    // The user then changes the theme in the app; before, this save wrote the app's old copy of
    // the settings over the file and the command line's network was gone.
    app.update(s -> s.withTheme(Theme.DARK));

    Settings onDisk = store().load(Locale.ENGLISH);
    assertThat(onDisk.theme()).isEqualTo(Theme.DARK);
    assertThat(onDisk.networks()).extracting(Network::id).contains("custom-cli");
    assertThat(app.get()).isEqualTo(onDisk);
    assertThat(app.saveErrorProperty().get()).isEmpty();
  }

  @Test
  void withNoFileYetTheChangeIsAppliedToTheSettingsItWasMadeOn() {
    SettingsStore appStore = store();
    Settings initial = appStore.load(Locale.SIMPLIFIED_CHINESE);
    AppSettings app = new AppSettings(initial, appStore, TaskExecutor.sameThread());

    app.update(s -> s.withAutoLockMinutes(3));

    Settings onDisk = store().load(Locale.ENGLISH);
    assertThat(onDisk.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
    assertThat(onDisk.autoLockMinutes()).isEqualTo(3);
    assertThat(app.get()).isEqualTo(onDisk);
  }
}
