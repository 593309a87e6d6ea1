package io.abacus.app.explorer;

import io.abacus.app.explorer.address.AddressView;
import io.abacus.app.explorer.address.AddressViewModel;
import io.abacus.app.explorer.blocks.BlockView;
import io.abacus.app.explorer.blocks.BlockViewModel;
import io.abacus.app.explorer.blocks.BlocksView;
import io.abacus.app.explorer.blocks.BlocksViewModel;
import io.abacus.app.explorer.charts.ChartsView;
import io.abacus.app.explorer.charts.ChartsViewModel;
import io.abacus.app.explorer.graph.GraphView;
import io.abacus.app.explorer.graph.GraphViewModel;
import io.abacus.app.explorer.index.IndexManagerView;
import io.abacus.app.explorer.token.TokenView;
import io.abacus.app.explorer.token.TokenViewModel;
import io.abacus.app.explorer.tx.TransactionView;
import io.abacus.app.explorer.tx.TransactionViewModel;
import io.abacus.app.i18n.I18n;
import io.abacus.app.node.NodeClients;
import io.abacus.wallet.network.Network;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The explorer page: the search bar (Ctrl+K or Ctrl+F), the inner navigation with back and forward,
 * and the screen of the current place.
 */
public final class ExplorerView {
  private static final KeyCombination CTRL_K =
      new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination CTRL_F =
      new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

  private final ExplorerViewModel model;
  private final I18n i18n;
  private final Watchlist watchlist;
  private final BorderPane root = new BorderPane();
  private final TextField search = new TextField();
  private final SuggestionPopup suggestions;
  private final Links links;
  private final Runnable focusSearch = this::focusSearch;

  public ExplorerView(ExplorerViewModel model, I18n i18n, Watchlist watchlist) {
    this.model = model;
    this.i18n = i18n;
    this.watchlist = watchlist;
    this.suggestions = new SuggestionPopup(search, model::submit);
    this.links = new Links(model::go, this::name, i18n.get("explorer.copy"));
    root.setId("explorer-root");
    root.setPadding(new Insets(0, 16, 12, 0));
    root.setTop(toolbar());
    BorderPane.setMargin(root.getTop(), new Insets(0, 0, 8, 0));
    model
        .placeProperty()
        .addListener(
            (o, was, now) -> {
              suggestions.hide(); // the list of the search that led here covered the new page
              show(now);
            });
    model.sessionProperty().addListener((o, was, now) -> show(model.placeProperty().get()));
    show(model.placeProperty().get());
    root.sceneProperty().addListener((o, was, now) -> shortcuts(was, now));
  }

  private HBox toolbar() {
    Button back = iconButton("explorer-back", Feather.ARROW_LEFT, "explorer.back");
    back.disableProperty().bind(model.canGoBackProperty().not());
    back.setOnAction(e -> model.back());
    Button forward = iconButton("explorer-forward", Feather.ARROW_RIGHT, "explorer.forward");
    forward.disableProperty().bind(model.canGoForwardProperty().not());
    forward.setOnAction(e -> model.forward());
    search.setId("explorer-search");
    search.setPromptText(i18n.get("explorer.search.prompt"));
    search.textProperty().bindBidirectional(model.searchTextProperty());
    search.textProperty().addListener((o, was, now) -> model.suggest());
    search.setOnAction(
        e -> {
          suggestions.hide();
          model.submit();
        });
    model
        .suggestions()
        .addListener(
            (javafx.collections.ListChangeListener<Suggestion>)
                c -> suggestions.show(model.suggestions(), model::describe, model::choose));
    HBox.setHgrow(search, Priority.ALWAYS);
    Label message = ExplorerUi.bound("explorer-search-message", model.searchMessageProperty());
    message.getStyleClass().add("warning");
    HBox bar =
        new HBox(
            6,
            back,
            forward,
            nav("explorer-nav-index", "explorer.nav.index", new Place.Manager()),
            nav("explorer-nav-blocks", "explorer.nav.blocks", new Place.Blocks()),
            nav("explorer-nav-charts", "explorer.nav.charts", new Place.Charts()),
            search,
            message);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  /** The name shown for {@code a}: address book, else the Sandbox's demo names (any source). */
  private String name(io.abacus.wallet.address.Address a) {
    IndexSession s = model.session();
    return s == null
        ? model.addressBook().label(a).orElse(null)
        : model.names().label(s.network().chainId(), a).orElse(null);
  }

  private Button iconButton(String id, Feather icon, String tip) {
    Button b = new Button(null, new FontIcon(icon));
    b.setId(id);
    b.setTooltip(new Tooltip(i18n.get(tip)));
    return b;
  }

  private Button nav(String id, String key, Place place) {
    Button b = new Button(i18n.get(key));
    b.setId(id);
    b.setOnAction(e -> model.go(place));
    // A failed search's message beside the field took their room: "In…", "Blo…" at 1024.
    b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return b;
  }

  private void shortcuts(Scene was, Scene now) {
    if (was != null) {
      was.getAccelerators().remove(CTRL_K, focusSearch);
      was.getAccelerators().remove(CTRL_F, focusSearch);
    }
    if (now != null) {
      now.getAccelerators().put(CTRL_K, focusSearch);
      now.getAccelerators().put(CTRL_F, focusSearch);
    }
  }

  private void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }

  private void show(Place place) {
    IndexSession session = model.session();
    if (session == null) {
      root.setCenter(new Label(i18n.get("explorer.noNetwork")));
      return;
    }
    Network n = session.network();
    root.setCenter(screen(session, n, place));
  }

  private Node screen(IndexSession session, Network n, Place place) {
    var ex = model.executor();
    if (place instanceof Place.Blocks) {
      return new BlocksView(new BlocksViewModel(session, ex, i18n), i18n, links).root();
    } else if (place instanceof Place.Block b) {
      return new BlockView(
              new BlockViewModel(session, ex, i18n, b.number()),
              i18n,
              links,
              n.currencySymbol(),
              n.decimals())
          .root();
    } else if (place instanceof Place.Transaction t) {
      return new TransactionView(
              new TransactionViewModel(session, ex, i18n, t.hash(), NodeClients::explorerClient),
              i18n,
              links,
              n.currencySymbol(),
              n.decimals())
          .root();
    } else if (place instanceof Place.AddressPage a) {
      AddressViewModel vm =
          new AddressViewModel(
              session,
              ex,
              i18n,
              model.names(),
              watchlist,
              NodeClients::explorerClient,
              a.address());
      return new AddressView(vm, i18n, links, model::go).root();
    } else if (place instanceof Place.Token t) {
      return new TokenView(new TokenViewModel(session, ex, i18n, t.address()), i18n, links).root();
    } else if (place instanceof Place.Graph g) {
      return new GraphView(
              new GraphViewModel(session, ex, i18n, model.names(), g.address()),
              i18n,
              model::go,
              n.decimals())
          .root();
    } else if (place instanceof Place.Charts) {
      return new ChartsView(new ChartsViewModel(session, ex, i18n), i18n, n.decimals()).root();
    }
    return new IndexManagerView(model.indexManager(), model.indexSource(), i18n).root();
  }

  public Node root() {
    return root;
  }
}
