package io.abacus.app.explorer;

import io.abacus.app.explorer.index.IndexManagerViewModel;
import io.abacus.app.i18n.I18n;
import io.abacus.app.labels.Names;
import io.abacus.app.sandbox.SandboxFiles;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.task.TaskHandle;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The explorer section: the index of the selected network, the inner navigation with back and
 * forward history, and the search bar with its suggestions.
 */
public final class ExplorerViewModel {
  private static final int MAX_HISTORY = 100;

  private final AppSettings settings;
  private final Path dataDirectory;
  private final TaskExecutor executor;
  private final AddressBook book;
  private final Names names;
  private final I18n i18n;
  private final SearchRouter router;
  private final ReadOnlyObjectWrapper<IndexSession> session = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Place> place =
      new ReadOnlyObjectWrapper<>(new Place.Manager());
  private final Deque<Place> back = new ArrayDeque<>();
  private final Deque<Place> forward = new ArrayDeque<>();
  private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();
  private final StringProperty searchText = new SimpleStringProperty("");
  private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
  private final StringProperty searchMessage = new SimpleStringProperty("");
  private final IndexSessions sessions;
  private IndexManagerViewModel manager;
  private TaskHandle pendingSearch;
  private long searchGeneration;

  public ExplorerViewModel(
      AppSettings settings,
      Path dataDirectory,
      TaskExecutor executor,
      AddressBook book,
      I18n i18n) {
    this(settings, new IndexSessions(dataDirectory), dataDirectory, executor, book, i18n);
  }

  public ExplorerViewModel(
      AppSettings settings,
      IndexSessions sessions,
      Path dataDirectory,
      TaskExecutor executor,
      AddressBook book,
      I18n i18n) {
    this.sessions = sessions;
    this.settings = settings;
    this.dataDirectory = dataDirectory;
    this.executor = executor;
    this.book = book;
    this.i18n = i18n;
    this.names = new Names(book, SandboxFiles.in(dataDirectory).labels());
    this.router = new SearchRouter(names);
    // A failed search's message is about the page it was typed on, not the next one.
    place.addListener((o, was, now) -> searchMessage.set(""));
    openSession(settings.get().selectedNetwork().orElse(null));
    settings
        .property()
        .addListener(
            (o, was, now) -> {
              Network n = now.selectedNetwork().orElse(null);
              if (!Objects.equals(n, was.selectedNetwork().orElse(null))) {
                openSession(n);
              }
            });
  }

  private void openSession(Network network) {
    IndexSession old = session.get();
    session.set(network == null ? null : sessions.open(network));
    if (manager != null) {
      manager.pause(); // a switch of network stops indexing the previous one
      manager = null;
    }
    if (old != null) {
      executor.execute(BackgroundTask.ofRunnable(ctx -> old.close()));
    }
    back.clear();
    forward.clear();
    place.set(new Place.Manager());
    updateHistoryFlags();
  }

  /** The index of the selected network (null when no network is selected). */
  public ReadOnlyObjectProperty<IndexSession> sessionProperty() {
    return session.getReadOnlyProperty();
  }

  public IndexSession session() {
    return session.get();
  }

  /**
   * Where the current network's index lives (a file or a shared index); a new choice reopens the
   * session. Null when no network is selected.
   */
  public io.abacus.app.explorer.index.IndexSourceViewModel indexSource() {
    IndexSession s = session.get();
    if (s == null) {
      return null;
    }
    return new io.abacus.app.explorer.index.IndexSourceViewModel(
        s.network(), sessions.shared(), executor, i18n, () -> openSession(s.network()));
  }

  /** The index manager of the current network, kept while the network stays selected. */
  public IndexManagerViewModel indexManager() {
    if (manager == null && session.get() != null) {
      manager = new IndexManagerViewModel(session.get(), executor, i18n);
    }
    return manager;
  }

  public TaskExecutor executor() {
    return executor;
  }

  /** Every name the app knows for an address (address book, Sandbox names). */
  public Names names() {
    return names;
  }

  public AddressBook addressBook() {
    return book;
  }

  public I18n i18n() {
    return i18n;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  public AppSettings settings() {
    return settings;
  }

  public ReadOnlyObjectProperty<Place> placeProperty() {
    return place.getReadOnlyProperty();
  }

  /** Goes to {@code p}, remembering where we were. */
  public void go(Place p) {
    if (p == null || p.equals(place.get())) {
      return;
    }
    back.push(place.get());
    while (back.size() > MAX_HISTORY) {
      back.removeLast();
    }
    forward.clear();
    place.set(p);
    updateHistoryFlags();
  }

  public void back() {
    if (!back.isEmpty()) {
      forward.push(place.get());
      place.set(back.pop());
      updateHistoryFlags();
    }
  }

  public void forward() {
    if (!forward.isEmpty()) {
      back.push(place.get());
      place.set(forward.pop());
      updateHistoryFlags();
    }
  }

  private void updateHistoryFlags() {
    canGoBack.set(!back.isEmpty());
    canGoForward.set(!forward.isEmpty());
  }

  public ReadOnlyBooleanProperty canGoBackProperty() {
    return canGoBack.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canGoForwardProperty() {
    return canGoForward.getReadOnlyProperty();
  }

  public StringProperty searchTextProperty() {
    return searchText;
  }

  public ObservableList<Suggestion> suggestions() {
    return suggestions;
  }

  public StringProperty searchMessageProperty() {
    return searchMessage;
  }

  /** Refreshes the suggestions for the current text (autocomplete). */
  public void suggest() {
    search(false);
  }

  /** Goes to the best match of the current text, or says nothing matched. */
  public void submit() {
    search(true);
  }

  private void search(boolean navigate) {
    IndexSession s = session.get();
    String text = searchText.get();
    if (pendingSearch != null) {
      pendingSearch.cancel();
    }
    if (s == null || text == null || text.isBlank()) {
      suggestions.clear();
      searchMessage.set("");
      return;
    }
    long generation = ++searchGeneration;
    pendingSearch =
        executor.execute(
            BackgroundTask.of(ctx -> router.suggest(s, text))
                .onSuccess(
                    found -> {
                      if (generation != searchGeneration) {
                        return; // an older answer overtaken by newer typing
                      }
                      suggestions.setAll(found);
                      if (navigate) {
                        if (found.isEmpty()) {
                          searchMessage.set(i18n.format("explorer.search.none", text.strip()));
                        } else {
                          searchMessage.set("");
                          go(found.get(0).place());
                        }
                      }
                    })
                .onFailure(e -> searchMessage.set(String.valueOf(e.getMessage()))));
  }

  /** Goes to a chosen suggestion. */
  public void choose(Suggestion s) {
    if (s != null) {
      go(s.place());
    }
  }

  /** The text shown for a suggestion in the list. */
  public String describe(Suggestion s) {
    String kind = i18n.get("explorer.kind." + s.kind().name().toLowerCase(java.util.Locale.ROOT));
    return s.label() == null ? kind + "  " + s.key() : kind + "  " + s.label() + "  " + s.key();
  }

  List<Suggestion> currentSuggestions() {
    return List.copyOf(suggestions);
  }
}
