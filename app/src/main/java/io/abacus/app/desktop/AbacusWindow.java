package io.abacus.app.desktop;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.abacus.app.contacts.AddressBookView;
import io.abacus.app.contacts.AddressBookViewModel;
import io.abacus.app.explorer.ExplorerPages;
import io.abacus.app.i18n.I18n;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.ConnectionTester;
import io.abacus.app.settings.HttpConnectionTester;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.Settings;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.settings.SettingsView;
import io.abacus.app.settings.SettingsViewModel;
import io.abacus.app.settings.Theme;
import io.abacus.app.shell.MainView;
import io.abacus.app.shell.MainViewModel;
import io.abacus.app.shell.PageFactory;
import io.abacus.app.shell.Section;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.vault.Vault;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The composition root of the desktop app: builds the object graph and shows the main window. A
 * language switch rebuilds the window's content with the new strings; a theme switch restyles it.
 */
public final class AbacusWindow {
  private final Path dataDirectory;
  private final TaskExecutor executor;
  private final AppSettings settings;
  private final ConnectionTester connectionTester;
  private final AddressBook addressBook;
  private final WalletSession session;
  private final List<PageFactory> pageFactories;
  private Stage stage;
  private MainViewModel mainModel;

  public AbacusWindow(
      Path dataDirectory,
      TaskExecutor executor,
      AppSettings settings,
      ConnectionTester connectionTester,
      AddressBook addressBook,
      WalletSession session) {
    this.dataDirectory = dataDirectory;
    this.addressBook = addressBook;
    this.session = session;
    // One factory per area of the app; each builds the pages of its sections.
    this.executor = executor;
    this.settings = settings;
    this.pageFactories =
        List.of(this::ownPages, new ExplorerPages(settings, dataDirectory, executor, addressBook));
    this.connectionTester = connectionTester;
    settings.property().addListener((o, previous, next) -> settingsChanged(previous, next));
  }

  /**
   * Wires the real services for {@code dataDirectory}; loads settings and the address book (small
   * files) on the calling thread, so call it before the window opens.
   *
   * @throws IOException if the address book is damaged beyond its kept previous version
   */
  public static AbacusWindow create(Path dataDirectory, TaskExecutor executor, Locale system)
      throws IOException {
    SettingsStore store =
        new SettingsStore(dataDirectory, NetworkPresets.load(), SettingsMigrations.standard());
    return new AbacusWindow(
        dataDirectory,
        executor,
        new AppSettings(store.load(system), store, executor),
        new HttpConnectionTester(Duration.ofSeconds(10)),
        AddressBook.open(dataDirectory.resolve("address-book.json")),
        new WalletSession(Vault.inDataFolder(dataDirectory)));
  }

  /** Builds the main window into {@code stage} and shows it. Call on the FX thread. */
  public void show(Stage stage) {
    this.stage = stage;
    applyTheme(settings.get().theme());
    stage.getIcons().setAll(icons()); // setAll: a stage shown again (tests) keeps one set
    stage.setScene(new Scene(buildContent(), 1100, 720));
    stage.setMinWidth(800);
    stage.setMinHeight(560);
    stage.show();
  }

  public Settings settings() {
    return settings.get();
  }

  public MainViewModel mainModel() {
    return mainModel;
  }

  private javafx.scene.Parent buildContent() {
    I18n i18n = new I18n(settings.get().language().locale());
    Section current = mainModel == null ? Section.ACCOUNTS : mainModel.sectionProperty().get();
    mainModel = new MainViewModel(i18n, dataDirectory, settings);
    mainModel.navigate(current);
    stage.setTitle(mainModel.windowTitle());
    return new MainView(
            mainModel,
            section -> page(section, i18n),
            session.unlockedProperty(),
            () -> new Label(i18n.get("wallet.locked")))
        .root();
  }

  private Node page(Section section, I18n i18n) {
    for (PageFactory factory : pageFactories) {
      Node page = factory.page(section, i18n);
      if (page != null) {
        return page;
      }
    }
    return null;
  }

  private Node ownPages(Section section, I18n i18n) {
    return switch (section) {
      case SETTINGS -> settingsPage(i18n);
      case ADDRESS_BOOK ->
          new AddressBookView(new AddressBookViewModel(addressBook, executor, i18n), i18n).root();
      default -> null;
    };
  }

  private Node settingsPage(I18n i18n) {
    SettingsViewModel model =
        new SettingsViewModel(settings, executor, connectionTester, i18n, dataDirectory);
    return new SettingsView(model, i18n).root();
  }

  private void settingsChanged(Settings previous, Settings next) {
    if (next.theme() != previous.theme()) {
      applyTheme(next.theme());
    }
    if (next.language() != previous.language() && stage != null) {
      stage.getScene().setRoot(buildContent());
    }
  }

  private static void applyTheme(Theme theme) {
    Application.setUserAgentStylesheet(
        theme == Theme.DARK
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  /** The app icon in the sizes window managers pick from (title bar, task switcher, dock). */
  private static List<Image> icons() {
    return Stream.of(16, 32, 48, 256)
        .map(size -> AbacusWindow.class.getResource("/abacus/icons/abacus-" + size + ".png"))
        .filter(Objects::nonNull)
        .map(url -> new Image(url.toExternalForm()))
        .toList();
  }
}
