package io.abacus.app.desktop;

import io.abacus.app.contacts.AddressBookView;
import io.abacus.app.contacts.AddressBookViewModel;
import io.abacus.app.explorer.ExplorerPages;
import io.abacus.app.explorer.Place;
import io.abacus.app.i18n.I18n;
import io.abacus.app.invoices.InvoiceAlerts;
import io.abacus.app.invoices.InvoicesPages;
import io.abacus.app.lock.AutoLock;
import io.abacus.app.node.NodeClients;
import io.abacus.app.onboarding.OnboardingView;
import io.abacus.app.payments.NodeAccess;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.payments.PaymentsPages;
import io.abacus.app.payments.activity.ChainHistory;
import io.abacus.app.sandbox.Sandbox;
import io.abacus.app.sandboxui.SandboxBar;
import io.abacus.app.sandboxui.SandboxController;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.ConnectionTester;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.Settings;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.settings.SettingsView;
import io.abacus.app.settings.SettingsViewModel;
import io.abacus.app.shell.MainView;
import io.abacus.app.shell.MainViewModel;
import io.abacus.app.shell.PageFactory;
import io.abacus.app.shell.Section;
import io.abacus.app.statements.StatementsPages;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.tokens.AppTokens;
import io.abacus.app.wallet.WalletPages;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.token.TokenRegistry;
import io.abacus.wallet.vault.Vault;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.Scene;
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
  private final SandboxController sandbox;
  private final PaymentsContext payments;
  private final ExplorerPages explorerPages;
  private final SecureRandom random = new SecureRandom();
  private final IdleLock idle;
  private final WindowKeeper windowKeeper;
  private final InvoiceAlerts invoiceAlerts = new InvoiceAlerts();
  private Stage stage;
  private MainViewModel mainModel;

  public AbacusWindow(
      Path dataDirectory,
      TaskExecutor executor,
      AppSettings settings,
      ConnectionTester connectionTester,
      AddressBook addressBook,
      WalletSession session) {
    this(
        dataDirectory,
        executor,
        settings,
        connectionTester,
        addressBook,
        session,
        Clock.systemUTC(),
        Sandbox.inDataDirectory(dataDirectory, System.getenv()));
  }

  /**
   * As above, with the clock that measures idle time for the auto-lock (tests use a fake one) and
   * the Sandbox the app runs when it is the selected network.
   */
  public AbacusWindow(
      Path dataDirectory,
      TaskExecutor executor,
      AppSettings settings,
      ConnectionTester connectionTester,
      AddressBook addressBook,
      WalletSession session,
      Clock clock,
      Sandbox sandbox) {
    this.dataDirectory = dataDirectory;
    this.windowKeeper = new WindowKeeper(dataDirectory);
    this.idle =
        new IdleLock(
            new AutoLock(
                clock, () -> Duration.ofMinutes(settings.get().autoLockMinutes()), session::lock),
            session);
    this.addressBook = addressBook;
    this.session = session;
    TokenRegistry tokens = AppTokens.registry(dataDirectory);
    this.payments =
        PaymentsContext.inDataDirectory(
            dataDirectory,
            new NodeAccess(
                () -> settings.get().selectedNetwork(),
                settings.property(),
                NodeAccess.pendingStoreIn(dataDirectory),
                Duration.ofSeconds(30)),
            session,
            addressBook,
            executor,
            tokens,
            new ChainHistory(dataDirectory, tokens));
    this.sandbox = new SandboxController(sandbox, settings, executor);
    // Test money arrived: balance screens reload.
    this.sandbox
        .doneProperty()
        .addListener(
            (o, a, b) -> {
              if (b != SandboxController.Done.NONE) {
                session.balancesChanged();
              }
            });
    this.explorerPages = new ExplorerPages(settings, dataDirectory, executor, addressBook);
    // One factory per area of the app; each builds the pages of its sections.
    this.pageFactories =
        List.of(
            this::ownPages,
            new WalletPages(session, settings, addressBook, executor, tokens),
            new PaymentsPages(
                payments,
                this::sandboxBanner,
                this::openTransaction,
                io.abacus.app.ui.RecentFolder.in(dataDirectory)),
            new InvoicesPages(
                payments, dataDirectory, invoiceAlerts, settings, this::openTransaction),
            new io.abacus.app.payouts.PayoutsPages(
                payments,
                dataDirectory,
                io.abacus.app.ui.RecentFolder.in(dataDirectory),
                io.abacus.app.payouts.PayoutRun.standardOptions(),
                io.abacus.app.settings.MultiSendAddresses.of(settings::get, sandbox)
                    ::multiSendAddress),
            explorerPages,
            new StatementsPages(
                payments,
                this::openTransaction,
                n -> io.abacus.app.explorer.IndexLocations.of(dataDirectory, n)));
    this.executor = executor;
    this.settings = settings;
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
    return create(
        dataDirectory, executor, system, Vault.inDataFolder(dataDirectory), Clock.systemUTC());
  }

  /**
   * As {@link #create(Path, TaskExecutor, Locale)} with a given vault (tests pass one with cheap
   * scrypt) and idle clock.
   */
  public static AbacusWindow create(
      Path dataDirectory, TaskExecutor executor, Locale system, Vault vault, Clock clock)
      throws IOException {
    SettingsStore store =
        new SettingsStore(dataDirectory, NetworkPresets.load(), SettingsMigrations.standard());
    return new AbacusWindow(
        dataDirectory,
        executor,
        new AppSettings(store.load(system), store, executor),
        network ->
            NodeClients.forNetwork(network, Duration.ofSeconds(10), RetryPolicy.none()).chainId(),
        AddressBook.open(dataDirectory.resolve("address-book.json")),
        new WalletSession(vault),
        clock,
        Sandbox.inDataDirectory(dataDirectory, System.getenv()));
  }

  /** Like {@link #create(Path, TaskExecutor, Locale)} with another vault (tests: cheap scrypt). */
  public static AbacusWindow create(
      Path dataDirectory, TaskExecutor executor, Locale system, Vault vault) throws IOException {
    return create(dataDirectory, executor, system, vault, Clock.systemUTC());
  }

  /** The shared wallet session (for tests that unlock a wallet directly). */
  public WalletSession session() {
    return session;
  }

  /** The Sandbox as the app runs it. */
  public SandboxController sandbox() {
    return sandbox;
  }

  /** The app's settings holder (for tests that add a network). */
  public AppSettings appSettings() {
    return settings;
  }

  private Node sandboxBanner(Section section, I18n i18n) {
    return new SandboxBar(sandbox, session.selectedAccountProperty(), i18n).root();
  }

  /**
   * Builds the main window into {@code stage} and shows it. Call on the FX thread. A stage already
   * showing (the first frame) keeps its place and size and gets the app as its content.
   */
  public void show(Stage stage) {
    show(stage, null);
  }

  /**
   * As {@link #show(Stage)}, with the first section's page built through {@code firstPage} (null:
   * at once; else it shows a progress indicator until then): the start puts the page in once the
   * shell has been painted, so that the window's frame, sidebar and network are on screen sooner.
   */
  public void show(Stage stage, Executor firstPage) {
    this.stage = stage;
    WindowLook.applyTheme(settings.get().theme());
    if (stage.getIcons().isEmpty()) { // the first frame's stage (and one shown again) has them
      stage.getIcons().setAll(WindowLook.icons());
    }
    boolean showing = stage.isShowing() && stage.getScene() != null;
    Scene scene = showing ? stage.getScene() : new Scene(buildContent(firstPage));
    if (showing) {
      scene.setRoot(buildContent(firstPage)); // same scene: the window keeps its size
    }
    // Popups take their owner scene's sheets: dropdowns without the shadow margin (white frame).
    scene.getStylesheets().add(AbacusWindow.class.getResource("popups.css").toExternalForm());
    idle.watch(scene);
    if (!showing) {
      stage.setScene(scene);
      windowKeeper.place(stage);
      stage.show();
    }
  }

  public Settings settings() {
    return settings.get();
  }

  public MainViewModel mainModel() {
    return mainModel;
  }

  private javafx.scene.Parent buildContent() {
    return buildContent(null);
  }

  private javafx.scene.Parent buildContent(Executor firstPage) {
    I18n i18n = new I18n(settings.get().language().locale());
    Section current = mainModel == null ? Section.ACCOUNTS : mainModel.sectionProperty().get();
    mainModel = new MainViewModel(i18n, dataDirectory, settings);
    mainModel.navigate(current);
    stage.setTitle(mainModel.windowTitle());
    MainView view =
        new MainView(
            mainModel,
            section -> page(section, i18n),
            session.unlockedProperty(),
            () -> new OnboardingView(session, executor, i18n, random).root(),
            firstPage);
    view.setSidebarFooter(WalletPages.lockButton(session, i18n));
    view.showBadge(Section.INVOICES, invoiceAlerts.paidProperty());
    return view.root();
  }

  /** The idle-time policy, for tests that check it. */
  public AutoLock autoLock() {
    return idle.autoLock();
  }

  private Node page(Section section, I18n i18n) {
    for (PageFactory factory : pageFactories) {
      Node page = factory.page(section, i18n);
      if (page != null) {
        return section == Section.ACCOUNTS ? withAccountsSandboxBar(page, i18n) : page;
      }
    }
    return null;
  }

  /**
   * Shows the transaction {@code hash} on the explorer page, as the explorer's own links do (after
   * sending, and from the Verify-a-statement view).
   */
  private void openTransaction(String hash) {
    mainModel.navigate(Section.EXPLORER);
    if (explorerPages.model() != null) {
      explorerPages.model().go(new Place.Transaction(hash));
    }
  }

  /** Accounts, where a newcomer sees 0 ETH, offers the Sandbox's "Get test ETH" too. */
  private Node withAccountsSandboxBar(Node accounts, I18n i18n) {
    javafx.scene.layout.VBox bar =
        new SandboxBar(
                sandbox, session.selectedAccountProperty(), i18n, SandboxBar.ACCOUNTS_FUND_ID)
            .root();
    javafx.scene.layout.VBox.setMargin(bar, new javafx.geometry.Insets(0, 24, 0, 0));
    javafx.scene.layout.VBox page = new javafx.scene.layout.VBox(12, bar, accounts);
    javafx.scene.layout.VBox.setVgrow(accounts, javafx.scene.layout.Priority.ALWAYS);
    return page;
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
      WindowLook.applyTheme(next.theme());
    }
    if (next.language() != previous.language() && stage != null) {
      stage.getScene().setRoot(buildContent());
    }
  }
}
