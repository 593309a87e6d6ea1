package io.abacus.app.settings;

import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.Endpoints;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
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
  private final StringProperty networkStatus = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final NetworkForm form;
  private final InvoicingForm invoicing;
  private final MultiSendForm multiSend;
  private boolean showing;

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
    this.invoicing = new InvoicingForm(appSettings);
    this.multiSend = new MultiSendForm(appSettings, i18n);
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
    // Only the user's own edits go back to the shared settings; values being shown are not
    // echoed back (that echo made this page and the sidebar call each other: issue 13).
    theme.addListener((o, a, b) -> edit(s -> s.withTheme(b)));
    language.addListener((o, a, b) -> edit(s -> s.withLanguage(b)));
    autoLockMinutes.addListener((o, a, b) -> edit(s -> s.withAutoLockMinutes(b.intValue())));
    selectedNetwork.addListener(
        (o, a, b) -> {
          if (b != null) {
            edit(s -> s.withSelectedNetwork(b.id()));
          }
        });
  }

  /** The texts follow a language switch. */
  public void setI18n(I18n i18n) {
    this.i18n = i18n;
    form.setI18n(i18n);
    multiSend.setI18n(i18n);
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

  /** Problems saving the settings (shown at the foot of the page). */
  public StringProperty statusProperty() {
    return status;
  }

  /** The result of "Test connection" and "Remove", shown beside those buttons. */
  public StringProperty networkStatusProperty() {
    return networkStatus;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public NetworkForm form() {
    return form;
  }

  /** The business on invoices and the confirmations a payment needs. */
  public InvoicingForm invoicing() {
    return invoicing;
  }

  /** The multi-send contract of the network selected in the list. */
  public MultiSendForm multiSend() {
    return multiSend;
  }

  public String dataFolder() {
    return dataDirectory.toString();
  }

  /**
   * Adds the network in the form when it is valid and its node reports the form's chain id. When
   * the node reports another chain id or cannot be reached, nothing is saved and the form offers a
   * worded override; with that override accepted the network is saved without asking again.
   */
  public void addNetwork() {
    Optional<Network> valid =
        form.toNetwork("custom-" + UUID.randomUUID().toString().substring(0, 8));
    if (valid.isEmpty()) {
      form.resultProperty().set("");
      return;
    }
    Network n = valid.get();
    if (form.overrideAccepted()) {
      save(n);
      return;
    }
    executor.execute(
        BackgroundTask.of(ctx -> tester.chainId(n))
            .onRunning(
                () -> {
                  form.checkingProperty().set(true);
                  form.resultProperty()
                      .set(i18n.format("settings.test.running", Endpoints.shown(n.rpcUrl())));
                })
            .onSuccess(
                id -> {
                  if (id == n.chainId()) {
                    save(n);
                  } else {
                    form.offerOverride(
                        i18n.format("settings.add.mismatch", id, n.chainId()),
                        i18n.format("settings.add.overrideMismatch", id, n.chainId()));
                  }
                })
            .onFailure(
                e ->
                    form.offerOverride(
                        i18n.format("settings.add.unreachable", message(e)),
                        i18n.get("settings.add.overrideUnreachable")))
            .onFinished(() -> form.checkingProperty().set(false)));
  }

  private void save(Network n) {
    appSettings.update(s -> s.withNetwork(n));
    form.clear();
    form.resultProperty().set(i18n.format("settings.network.added", n.name()));
  }

  /** The question the view asks before {@link #removeNetwork}. */
  public String removeQuestion(Network n) {
    return i18n.format("settings.network.removeQuestion", n.name());
  }

  /** Removes a custom network; the view calls this once the user confirmed. */
  public void removeNetwork(Network n) {
    try {
      appSettings.update(s -> s.withoutNetwork(n.id()));
      networkStatus.set(i18n.format("settings.network.removed", n.name()));
    } catch (IllegalArgumentException e) {
      networkStatus.set(i18n.get("settings.network.builtIn"));
    }
  }

  /** Checks that the network's node answers with the configured chain id. */
  public void testConnection(Network n) {
    if (!n.hasRpcUrl()) {
      networkStatus.set(i18n.format("settings.test.noUrl", n.name()));
      return;
    }
    executor.execute(
        BackgroundTask.of(ctx -> tester.chainId(n))
            .onRunning(
                () -> {
                  busy.set(true);
                  networkStatus.set(
                      i18n.format("settings.test.running", Endpoints.shown(n.rpcUrl())));
                })
            .onSuccess(
                id ->
                    networkStatus.set(
                        id == n.chainId()
                            ? i18n.format("settings.test.ok", n.name(), id)
                            : i18n.format("settings.test.mismatch", id, n.name(), n.chainId())))
            .onFailure(e -> networkStatus.set(i18n.format("settings.test.failed", message(e))))
            .onFinished(() -> busy.set(false)));
  }

  private void edit(UnaryOperator<Settings> change) {
    if (!showing) {
      appSettings.update(change);
    }
  }

  private void show(Settings s) {
    showing = true;
    try {
      theme.set(s.theme());
      language.set(s.language());
      autoLockMinutes.set(s.autoLockMinutes());
      if (!networks.equals(s.networks())) {
        networks.setAll(s.networks());
      }
      selectedNetwork.set(s.selectedNetwork().orElse(null));
    } finally {
      showing = false;
    }
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** For tests: the locale the texts are in. */
  Locale locale() {
    return i18n.locale();
  }
}
