package io.abacus.app.shell;

import io.abacus.app.ui.ClosedListSkin;
import io.abacus.app.ui.Controls;
import io.abacus.wallet.network.Network;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's layout: a sidebar of sections and the selected section's page. */
public final class MainView {
  private final MainViewModel model;
  private final Function<Section, Node> pages;
  private final ObservableBooleanValue unlocked;
  private final Supplier<Node> walletGate;
  private final Map<Section, Node> built = new EnumMap<>(Section.class);
  private Node gate;
  private Executor firstPage;
  private final BorderPane root = new BorderPane();
  private final ToggleGroup nav = new ToggleGroup();
  private final VBox page = new VBox(8);

  /**
   * @param pages builds the body of a section's page (once, when first shown); may return null for
   *     a section that has only its title and introduction
   * @param unlocked whether a wallet is unlocked
   * @param walletGate builds what wallet pages show while no wallet is unlocked (create, restore,
   *     unlock)
   */
  public MainView(
      MainViewModel model,
      Function<Section, Node> pages,
      ObservableBooleanValue unlocked,
      Supplier<Node> walletGate) {
    this(model, pages, unlocked, walletGate, null);
  }

  /**
   * As above, with the first page's body built through {@code firstPage} (null: at once); until it
   * runs the page shows its title, introduction and a progress indicator (the window's start puts
   * the body in once the shell has been painted).
   */
  public MainView(
      MainViewModel model,
      Function<Section, Node> pages,
      ObservableBooleanValue unlocked,
      Supplier<Node> walletGate,
      Executor firstPage) {
    this.firstPage = firstPage;
    this.model = model;
    this.pages = pages;
    this.unlocked = unlocked;
    this.walletGate = walletGate;
    unlocked.addListener((o, a, b) -> show(model.sectionProperty().get()));
    root.setId("main");
    root.setLeft(sidebar());
    root.setTop(testMoneyBanner());
    root.setCenter(page());
    root.setBottom(statusBar());
  }

  public Parent root() {
    return root;
  }

  /** Puts {@code footer} at the bottom of the sidebar (e.g. the wallet's lock button). */
  public void setSidebarFooter(Node footer) {
    VBox sidebar = (VBox) root.getLeft();
    Region push = new Region();
    VBox.setVgrow(push, Priority.ALWAYS);
    sidebar.getChildren().addAll(push, footer);
  }

  /**
   * Shows {@code count} as a badge on {@code section}'s sidebar button while it is above zero (e.g.
   * invoices paid since the user last looked).
   */
  public void showBadge(Section section, javafx.beans.property.ReadOnlyIntegerProperty count) {
    nav.getToggles().stream()
        .filter(t -> t.getUserData() == section)
        .findFirst()
        .ifPresent(
            t -> {
              ToggleButton button = (ToggleButton) t;
              Label badge = new Label();
              badge.setId("badge-" + section.navId().substring(4));
              badge.getStyleClass().addAll("accent", "text-small");
              badge.textProperty().bind(count.asString());
              badge.visibleProperty().bind(count.greaterThan(0));
              // Without a count the badge takes no room: the name stays in line with the others.
              badge.managedProperty().bind(badge.visibleProperty());
              button.setGraphic(new javafx.scene.layout.HBox(6, button.getGraphic(), badge));
            });
  }

  private VBox sidebar() {
    Label name = new Label(model.windowTitle());
    name.getStyleClass().addAll("title-3");
    Label tagline = new Label(model.tagline());
    tagline.getStyleClass().add("text-muted");
    VBox box = new VBox(4, name, tagline);
    box.setId("sidebar");
    box.setPadding(new Insets(16, 8, 16, 8));
    box.setPrefWidth(210);
    ComboBox<Network> network = new ComboBox<>(model.networks());
    network.setId("network-switcher");
    network.setMaxWidth(Double.MAX_VALUE);
    network.setSkin(new ClosedListSkin<>(network));
    network.setConverter(Controls.converter(model::networkName));
    // The narrow sidebar shows the name without its explanation in brackets, never cut with "…"
    // (issue 13); the list and the tooltip have the whole name.
    network.setButtonCell(
        new javafx.scene.control.ListCell<>() {
          @Override
          protected void updateItem(Network n, boolean empty) {
            super.updateItem(n, empty);
            setText(empty || n == null ? null : model.shortNetworkName(n));
          }
        });
    // The tooltip (a popup window of its own) is made when the mouse first comes over the switcher.
    network.addEventHandler(
        javafx.scene.input.MouseEvent.MOUSE_ENTERED,
        e -> {
          if (network.getTooltip() == null) {
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            tip.textProperty()
                .bind(
                    javafx.beans.binding.Bindings.createStringBinding(
                        () ->
                            network.getValue() == null ? "" : model.networkName(network.getValue()),
                        network.valueProperty()));
            network.setTooltip(tip);
          }
        });
    network.valueProperty().bindBidirectional(model.networkProperty());
    Region gap = new Region();
    gap.setMinHeight(12);
    box.getChildren().addAll(network, gap);
    for (Section s : Section.values()) {
      box.getChildren().add(navButton(s));
    }
    nav.selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true); // a section stays selected
              } else {
                model.navigate((Section) now.getUserData());
              }
            });
    model.sectionProperty().addListener((obs, old, now) -> show(now));
    return box;
  }

  private ToggleButton navButton(Section s) {
    ToggleButton button = new ToggleButton(model.navLabel(s), new FontIcon(icon(s)));
    button.setId(s.navId());
    button.setUserData(s);
    button.setToggleGroup(nav);
    button.setMaxWidth(Double.MAX_VALUE);
    button.setAlignment(Pos.CENTER_LEFT);
    button.getStyleClass().add("flat");
    return button;
  }

  private void show(Section s) {
    nav.getToggles().stream()
        .filter(t -> t.getUserData() == s)
        .findFirst()
        .ifPresent(t -> t.setSelected(true));
    if (firstPage != null) {
      Executor later = firstPage;
      firstPage = null;
      ProgressIndicator loading = new ProgressIndicator();
      loading.setId("page-loading");
      loading.setMaxSize(48, 48);
      setBody(loading);
      // Whatever section is current by then (the user may have chosen another meanwhile).
      later.execute(() -> show(model.sectionProperty().get()));
      return;
    }
    Node body;
    if (s.requiresWallet() && !unlocked.get()) {
      if (gate == null) {
        gate = walletGate.get();
      }
      body = gate;
    } else {
      body = built.computeIfAbsent(s, k -> pages.apply(k));
    }
    setBody(body);
  }

  private void setBody(Node body) {
    Label title = (Label) page.getChildren().get(0);
    Label intro = (Label) page.getChildren().get(1);
    page.getChildren().setAll(title, intro);
    if (body != null) {
      VBox.setVgrow(body, Priority.ALWAYS);
      page.getChildren().add(body);
    }
  }

  private VBox page() {
    Label title = new Label();
    title.setId("page-title");
    title.getStyleClass().add("title-2");
    title.textProperty().bind(model.sectionTitleProperty());
    Label intro = new Label();
    intro.setId("page-intro");
    intro.setWrapText(true);
    intro.getStyleClass().add("text-muted");
    intro.textProperty().bind(model.sectionIntroProperty());
    page.getChildren().setAll(title, intro);
    page.setPadding(new Insets(24, 0, 0, 24));
    show(model.sectionProperty().get());
    return page;
  }

  private Label testMoneyBanner() {
    Label banner = new Label(model.testMoneyText(), new FontIcon(Feather.ALERT_TRIANGLE));
    banner.setId("test-money-banner");
    banner.getStyleClass().addAll("warning");
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.setPadding(new Insets(6, 12, 6, 12));
    banner.setStyle("-fx-background-color: -color-warning-subtle;");
    banner.visibleProperty().bind(model.testMoneyProperty());
    banner.managedProperty().bind(model.testMoneyProperty());
    return banner;
  }

  private Label statusBar() {
    Label status = new Label(model.dataFolderText());
    status.setId("status-data-folder");
    status.getStyleClass().addAll("text-muted", "text-small");
    status.setPadding(new Insets(4, 12, 4, 12));
    return status;
  }

  private static Feather icon(Section s) {
    return switch (s) {
      case ACCOUNTS -> Feather.USERS;
      case SEND -> Feather.SEND;
      case RECEIVE -> Feather.DOWNLOAD;
      case ACTIVITY -> Feather.ACTIVITY;
      case INVOICES -> Feather.FILE_TEXT;
      case PAYOUTS -> Feather.LAYERS;
      case MESSAGES -> Feather.EDIT_3;
      case ADDRESS_BOOK -> Feather.BOOK;
      case EXPLORER -> Feather.SEARCH;
      case STATEMENTS -> Feather.FILE_TEXT;
      case SETTINGS -> Feather.SETTINGS;
    };
  }
}
