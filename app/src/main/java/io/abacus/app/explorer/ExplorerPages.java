package io.abacus.app.explorer;

import io.abacus.app.i18n.I18n;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.shell.PageFactory;
import io.abacus.app.shell.Section;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.contacts.AddressBook;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;

/** The explorer's pages: one page for {@link Section#EXPLORER} with its own inner navigation. */
public final class ExplorerPages implements PageFactory {
  private final AppSettings settings;
  private final Path dataDirectory;
  private final TaskExecutor executor;
  private final AddressBook addressBook;
  private final IndexSessions sessions;
  private ExplorerViewModel model;

  public ExplorerPages(
      AppSettings settings, Path dataDirectory, TaskExecutor executor, AddressBook addressBook) {
    this.settings = settings;
    this.dataDirectory = dataDirectory;
    this.executor = executor;
    this.addressBook = addressBook;
    this.sessions =
        new IndexSessions(
            dataDirectory,
            new io.abacus.app.labels.Names(
                addressBook, io.abacus.app.sandbox.SandboxFiles.in(dataDirectory).labels()));
  }

  @Override
  public Node page(Section section, I18n i18n) {
    if (section != Section.EXPLORER) {
      return null;
    }
    model = new ExplorerViewModel(settings, sessions, dataDirectory, executor, addressBook, i18n);
    Watchlist watchlist;
    try {
      watchlist = Watchlist.open(dataDirectory);
    } catch (IOException | RuntimeException e) {
      watchlist = null; // a damaged watchlist disables watching rather than the explorer
    }
    return new ExplorerView(model, i18n, watchlist).root();
  }

  /** The model of the page built last (for tests and the benchmark). */
  public ExplorerViewModel model() {
    return model;
  }
}
