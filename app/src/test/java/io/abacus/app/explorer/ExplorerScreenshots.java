package io.abacus.app.explorer;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.abacus.app.desktop.AbacusWindow;
import io.abacus.app.shell.Section;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.ui.Png;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.AnvilOptions;
import io.abacus.testkit.Contracts;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Writes docs/screenshots/explorer-*.png: an anvil chain with a few days of traffic, indexed from
 * the index manager, the index, blocks, transaction and charts screens in the light and the dark
 * theme (address, token and graph: {@code journey.ExplorerNamesFlowTest}). Not a test; run with
 * {@code DISPLAY=:93} (see docs/explorer.md).
 */
public final class ExplorerScreenshots {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
    Files.createDirectories(out);
    Path data = Files.createTempDirectory("abacus-shots");
    try (Anvil anvil = Anvil.start(AnvilOptions.defaults())) {
      ExplorerTestChain chain = new ExplorerTestChain(anvil);
      for (int day = 0; day < 6; day++) {
        for (int i = 0; i <= day % 3 + 1; i++) {
          chain.pay(1 + i % 3, 3 + (day + i) % 5, 20_000_000_000_000_000L * (i + day + 1));
        }
        chain.advance(Duration.ofDays(1));
      }
      chain.selectIn(data);
      AddressBook book = AddressBook.open(data.resolve("address-book.json"));
      book.put(new Contact(chain.account(1), "Treasury", "main account"));
      book.put(new Contact(chain.account(2), "Acme Supplies", ""));
      book.put(new Contact(chain.account(3), "Payroll", ""));
      book.put(new Contact(chain.token, "USD token", ""));
      Platform.startup(() -> {});
      AtomicReference<AbacusWindow> window = new AtomicReference<>();
      AtomicReference<Stage> stage = new AtomicReference<>();
      fx(
          () -> {
            try {
              AbacusWindow w = AbacusWindow.create(data, TaskExecutor.forFx(2), Locale.ENGLISH);
              Stage s = new Stage();
              w.show(s);
              s.setWidth(1280);
              s.setHeight(800);
              window.set(w);
              stage.set(s);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            window.get().mainModel().navigate(Section.EXPLORER);
            return null;
          });
      Scene scene = stage.get().getScene();
      fire(scene, "#explorer-index-start");
      waitFor(() -> text(scene, "#explorer-index-status").equals("Up to date"));
      try (ExplorerQueries q =
          new ExplorerQueries(ExplorerDatabase.open(IndexLocations.of(data, chain.network)), 12)) {
        q.importAbi(
            chain.token, "USD", Contracts.openZeppelin("ERC20PresetMinterPauser").abiJson());
      }
      for (String theme : new String[] {"light", "dark"}) {
        fx(
            () -> {
              Application.setUserAgentStylesheet(
                  theme.equals("dark")
                      ? new PrimerDark().getUserAgentStylesheet()
                      : new PrimerLight().getUserAgentStylesheet());
              return null;
            });
        fire(scene, "#explorer-nav-index");
        shoot(scene, out.resolve("explorer-index-" + theme + ".png"));
        fire(scene, "#explorer-nav-blocks");
        shoot(scene, out.resolve("explorer-blocks-" + theme + ".png"));
        search(scene, chain.transferTx);
        shoot(scene, out.resolve("explorer-transaction-" + theme + ".png"));
        // The address, token and fund-flow graph pages are shot on the Sandbox's demo businesses
        // at 1024x700 by journey.ExplorerNamesFlowTest (-Dabacus.screenshots=DIR).
        fire(scene, "#explorer-nav-charts");
        shoot(scene, out.resolve("explorer-charts-" + theme + ".png"));
      }
      fx(
          () -> {
            stage.get().close();
            return null;
          });
    }
    Platform.exit();
    System.exit(0);
  }

  static javafx.scene.input.MouseEvent click(javafx.scene.Node n) {
    return new javafx.scene.input.MouseEvent(
        javafx.scene.input.MouseEvent.MOUSE_CLICKED,
        0,
        0,
        0,
        0,
        javafx.scene.input.MouseButton.PRIMARY,
        1,
        false,
        false,
        false,
        false,
        true,
        false,
        false,
        true,
        false,
        false,
        null);
  }

  static void search(Scene scene, String text) throws Exception {
    fx(
        () -> {
          TextField f = (TextField) scene.lookup("#explorer-search");
          f.setText(text);
          f.fireEvent(new ActionEvent());
          return null;
        });
    Thread.sleep(800);
  }

  static void fire(Scene scene, String id) throws Exception {
    fx(
        () -> {
          ((ButtonBase) scene.lookup(id)).fire();
          return null;
        });
    Thread.sleep(800);
  }

  static String text(Scene scene, String id) {
    try {
      return fx(() -> ((Label) scene.lookup(id)).getText());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out");
      }
      Thread.sleep(100);
    }
  }

  static void shoot(Scene scene, Path file) throws Exception {
    Thread.sleep(1200);
    Png.shoot(scene, file);
    System.out.println("wrote " + file);
  }

  static <T> T fx(java.util.concurrent.Callable<T> body) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(body.call());
          } catch (Throwable e) {
            f.completeExceptionally(e);
          }
        });
    return f.get();
  }
}
