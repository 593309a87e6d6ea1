package io.abacus.app.cli.common;

import io.abacus.app.cli.UserException;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.Settings;
import io.abacus.app.settings.SettingsException;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The networks saved in the data folder's settings, the same file the desktop app uses, read and
 * written through its {@link SettingsStore}.
 */
public final class SavedNetworks {
  private final SettingsStore store;

  public SavedNetworks(Path dataDirectory) {
    this.store =
        new SettingsStore(dataDirectory, NetworkPresets.load(), SettingsMigrations.standard());
  }

  /** The current settings. */
  public Settings load() {
    try {
      return store.load(Locale.ROOT);
    } catch (SettingsException e) {
      throw new UserException(e.getMessage(), e);
    }
  }

  /** Applies {@code change} to the settings as they are on disk now, and saves. */
  public Settings update(UnaryOperator<Settings> change) {
    try {
      // Read, change and write under the settings file's lock, so that a running app's save
      // and this command's cannot drop each other's change.
      return store.update(change, load());
    } catch (SettingsException e) {
      throw new UserException(e.getMessage(), e);
    }
  }

  /** The network whose name or id is {@code name} (ignoring case), if any. */
  public static Optional<Network> find(Settings settings, String name) {
    String wanted = name.strip();
    return settings.networks().stream()
        .filter(n -> n.id().equalsIgnoreCase(wanted) || n.name().equalsIgnoreCase(wanted))
        .findFirst();
  }

  /**
   * The network named {@code name}.
   *
   * @throws UserException naming the saved networks when there is none
   */
  public Network require(String name) {
    Settings settings = load();
    return find(settings, name)
        .orElseThrow(
            () ->
                new UserException(
                    "no saved network '"
                        + name
                        + "' (see 'abacus network list'; saved: "
                        + String.join(", ", settings.networks().stream().map(Network::id).toList())
                        + ")"));
  }
}
