package io.abacus.app.settings;

import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings screen: theme, language, auto-lock, data folder and networks (add a custom one, test
 * a connection). Every change is saved at once, off the UI thread.
 */
public final class SettingsViewModel {
  private final AppSettings appSettings;
  private final TaskExecutor executor;
  private final ConnectionTester tester;
  private final Path dataDirectory;
  private I18n i18n;

  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
  private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
  private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty();
  private final ObservableList<Network> networks = FXCollections.observableArrayList();
  private final ObjectProperty<Network> selectedNetwork = new SimpleObjectProperty<>();
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final NetworkForm form;

  public SettingsViewModel(
      AppSettings appSettings,
      TaskExecutor executor,
      ConnectionTester tester,
      I18n i18n,
      Path dataDirectory) {
    this.appSettings = appSettings;
    this.executor = executor;
    this.tester = tester;
    this.i18n = i18n;
    this.dataDirectory = dataDirectory;
    this.form = new NetworkForm(i18n);
    show(appSettings.get());
    appSettings.property().addListener((o, a, b) -> show(b));
    appSettings
        .saveErrorProperty()
        .addListener(
            (o, a, b) -> {
              if (!b.isEmpty()) {
                status.set(this.i18n.format("settings.saveFailed", b));
              }
            });
    theme.addListener((o, a, b) -> appSettings.update(s -> s.withTheme(b)));
    language.addListener((o, a, b) -> appSettings.update(s -> s.withLanguage(b)));
    autoLockMinutes.addListener(
        (o, a, b) -> appSettings.update(s -> s.withAutoLockMinutes(b.intValue())));
    selectedNetwork.addListener(
        (o, a, b) -> {
          if (b != null) {
            appSettings.update(s -> s.withSelectedNetwork(b.id()));
          }
        });
  }

  /** The texts follow a language switch. */
  public void setI18n(I18n i18n) {
    this.i18n = i18n;
    form.setI18n(i18n);
  }

  public Settings settings() {
    return appSettings.get();
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  public ObjectProperty<Language> languageProperty() {
    return language;
  }

  public IntegerProperty autoLockMinutesProperty() {
    return autoLockMinutes;
  }

  public ObservableList<Network> networks() {
    return networks;
  }

  public ObjectProperty<Network> selectedNetworkProperty() {
    return selectedNetwork;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public NetworkForm form() {
    return form;
  }

  public String dataFolder() {
    return dataDirectory.toString();
  }

  /** Adds the network in the form when it is valid; returns whether it was added. */
  public boolean addNetwork() {
    return form.toNetwork("custom-" + UUID.randomUUID().toString().substring(0, 8))
        .map(
            n -> {
              appSettings.update(s -> s.withNetwork(n));
              form.clear();
              status.set(i18n.format("settings.network.added", n.name()));
              return true;
            })
        .orElse(false);
  }

  /** Removes a custom network. */
  public void removeNetwork(Network n) {
    try {
      appSettings.update(s -> s.withoutNetwork(n.id()));
    } catch (IllegalArgumentException e) {
      status.set(i18n.get("settings.network.builtIn"));
    }
  }

  /** Checks that the network's node answers with the configured chain id. */
  public void testConnection(Network n) {
    if (!n.hasRpcUrl()) {
      status.set(i18n.format("settings.test.noUrl", n.name()));
      return;
    }
    executor.execute(
        BackgroundTask.of(ctx -> tester.chainId(n))
            .onRunning(
                () -> {
                  busy.set(true);
                  status.set(
                      i18n.format("settings.test.running", UrlCredentials.redact(n.rpcUrl())));
                })
            .onSuccess(
                id ->
                    status.set(
                        id == n.chainId()
                            ? i18n.format("settings.test.ok", n.name(), id)
                            : i18n.format("settings.test.mismatch", id, n.name(), n.chainId())))
            .onFailure(e -> status.set(i18n.format("settings.test.failed", message(e))))
            .onFinished(() -> busy.set(false)));
  }

  private void show(Settings s) {
    theme.set(s.theme());
    language.set(s.language());
    autoLockMinutes.set(s.autoLockMinutes());
    networks.setAll(s.networks());
    selectedNetwork.set(s.selectedNetwork().orElse(null));
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** For tests: the locale the texts are in. */
  Locale locale() {
    return i18n.locale();
  }
}
