package io.abacus.app.explorer;

import static io.abacus.app.explorer.ExplorerScreenshots.click;
import static io.abacus.app.explorer.ExplorerScreenshots.fire;
import static io.abacus.app.explorer.ExplorerScreenshots.fx;
import static io.abacus.app.explorer.ExplorerScreenshots.search;
import static io.abacus.app.explorer.ExplorerScreenshots.shoot;
import static io.abacus.app.explorer.ExplorerScreenshots.text;
import static io.abacus.app.explorer.ExplorerScreenshots.waitFor;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.abacus.app.desktop.AbacusWindow;
import io.abacus.app.shell.Section;
import io.abacus.app.task.TaskExecutor;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.AnvilOptions;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Writes docs/screenshots/explorer-charts-*.png and explorer-graph-*.png at 1024x700: seven weeks
 * of traffic with quiet days for the daily charts, and a treasury with named senders and recipients
 * for the fund-flow graph, its payroll expanded to the people it paid. Not a test; run like {@link
 * ExplorerScreenshots} (see docs/explorer.md).
 */
public final class ChartsGraphScreenshots {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
    Files.createDirectories(out);
    Path data = Files.createTempDirectory("abacus-shots");
    try (Anvil anvil = Anvil.start(AnvilOptions.defaults())) {
      ExplorerTestChain chain = new ExplorerTestChain(anvil);
      for (int day = 0; day < 45; day++) {
        if (day % 7 == 5 || day % 11 == 3) {
          chain.advance(Duration.ofDays(1)); // a quiet day
          continue;
        }
        int n = 1 + (day * 7) % 5;
        for (int i = 0; i < n; i++) {
          int to = 2 + (day + i) % 8;
          chain.pay(1, to, 10_000_000_000_000_000L * (1 + (day + 3 * i) % 9));
        }
        if (day % 4 == 0) {
          chain.pay(4 + day % 3, 1, 200_000_000_000_000_000L);
        }
        chain.advance(Duration.ofDays(1));
      }
      chain.pay(3, 8, 30_000_000_000_000_000L);
      for (int i = 1; i <= 4; i++) { // Payroll pays people the treasury never paid: a second hop
        Map<String, Object> tx = new LinkedHashMap<>();
        tx.put("from", anvil.account(3).address());
        tx.put("to", String.format("0x%040x", 0xe0 + i));
        tx.put("value", "0x" + Long.toHexString(50_000_000_000_000_000L * i));
        chain.awaitReceipt(anvil.call("eth_sendTransaction", tx).asText());
      }
      chain.selectIn(data);
      AddressBook book = AddressBook.open(data.resolve("address-book.json"));
      book.put(new Contact(chain.account(1), "Treasury", "main account"));
      book.put(new Contact(chain.account(2), "Acme Supplies", ""));
      book.put(new Contact(chain.account(3), "Payroll", ""));
      book.put(new Contact(chain.account(4), "Customer deposits", ""));
      book.put(new Contact(chain.account(6), "Northwind Logistics and Freight Forwarding", ""));
      book.put(new Contact(chain.account(7), "面包店", ""));
      book.put(new Contact(chain.token, "USD token", ""));
      book.put(new Contact(Address.parse(String.format("0x%040x", 0xe1)), "Ana (salary)", ""));
      Platform.startup(() -> {});
      AtomicReference<Stage> stage = new AtomicReference<>();
      fx(
          () -> {
            AbacusWindow w = AbacusWindow.create(data, TaskExecutor.forFx(2), Locale.ENGLISH);
            Stage s = new Stage();
            w.show(s);
            s.setWidth(1024);
            s.setHeight(700);
            stage.set(s);
            w.mainModel().navigate(Section.EXPLORER);
            return null;
          });
      Scene scene = stage.get().getScene();
      fire(scene, "#explorer-index-start");
      waitFor(() -> text(scene, "#explorer-index-status").equals("Up to date"));
      for (String theme : new String[] {"light", "dark"}) {
        fx(
            () -> {
              Application.setUserAgentStylesheet(
                  theme.equals("dark")
                      ? new PrimerDark().getUserAgentStylesheet()
                      : new PrimerLight().getUserAgentStylesheet());
              return null;
            });
        fire(scene, "#explorer-nav-charts");
        shoot(scene, out.resolve("explorer-charts-" + theme + ".png"));
        search(scene, chain.account(1).toString());
        fire(scene, "#explorer-address-graph");
        Thread.sleep(800);
        fx(
            () -> {
              scene.getRoot().lookupAll("Circle").stream()
                  .filter(n -> chain.account(3).equals(n.getUserData()))
                  .findFirst()
                  .ifPresent(n -> n.fireEvent(click(n)));
              return null;
            });
        shoot(scene, out.resolve("explorer-graph-" + theme + ".png"));
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
}
