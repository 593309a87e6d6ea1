package io.abacus.app.payments;

import io.abacus.app.desktop.AbacusWindow;
import io.abacus.app.settings.Theme;
import io.abacus.app.shell.Section;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.ui.Png;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Takes the payment screenshots on the Sandbox (run under Xvfb, not a test):
 *
 * <pre>
 * java -cp app/target/classes:app/target/test-classes:$(cat cp.txt) \
 *   io.abacus.app.payments.Screenshots docs/screenshots
 * </pre>
 */
public final class Screenshots {
  private static final String BOB = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
  private static final String PASSWORD = "screenshot password";
  private final Path out;
  private AbacusWindow window;
  private Stage stage;

  private Screenshots(Path out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
    Files.createDirectories(out);
    Platform.startup(() -> {});
    Screenshots s = new Screenshots(out);
    try {
      s.run();
    } finally {
      if (s.window != null) {
        s.window.sandbox().stopNow();
      }
      Platform.exit();
    }
  }

  private void run() throws Exception {
    Path data = Files.createTempDirectory("abacus-shots");
    Vault vault = new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
    vault
        .create(
            "shop",
            Mnemonic.parse(
                "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
                    + " abandon about"),
            new char[0],
            PASSWORD.toCharArray())
        .lock();
    AddressBook book = AddressBook.open(data.resolve("address-book.json"));
    book.put(new Contact(Address.parse(BOB), "Acme Coffee Supplies", "beans"));
    fx(
        () -> {
          window = AbacusWindow.create(data, TaskExecutor.sameThread(), Locale.ENGLISH, vault);
          stage = new Stage();
          window.show(stage);
          window.session().unlocked(vault.open("shop", PASSWORD.toCharArray()));
          return null;
        });
    go(Section.SEND);
    fx(() -> click("#sandbox-fund"));
    go(Section.ACCOUNTS);
    fx(() -> click("#accounts-refresh"));
    shoot("sandbox-funded.png");
    for (Theme theme : Theme.values()) {
      String suffix = "-" + theme.name().toLowerCase(Locale.ROOT) + ".png";
      fx(
          () -> {
            window.appSettings().update(s -> s.withTheme(theme));
            return null;
          });
      go(Section.SEND);
      fx(
          () -> {
            Button again = (Button) find("#send-new");
            if (again.isVisible()) {
              again.fire();
            }
            @SuppressWarnings("unchecked")
            ComboBox<Asset> asset = (ComboBox<Asset>) find("#send-asset");
            asset.getItems().stream()
                .filter(a -> a.symbol().equals("TUSD"))
                .findFirst()
                .ifPresent(asset::setValue);
            ((TextField) find("#send-recipient")).setText(BOB);
            ((TextField) find("#send-amount")).setText("25.50");
            return null;
          });
      shoot("payments-send-form" + suffix);
      fx(() -> click("#send-review"));
      fx(
          () -> {
            ((PasswordField) find("#send-password")).setText(PASSWORD);
            return null;
          });
      shoot("payments-send-review" + suffix);
      fx(() -> click("#send-sign"));
      go(Section.RECEIVE);
      fx(
          () -> {
            ((TextField) find("#receive-amount")).setText("120");
            ((TextField) find("#receive-memo")).setText("Invoice 2026-118, catering");
            return click("#receive-create");
          });
      shoot("payments-receive" + suffix);
      go(Section.ACTIVITY);
      shoot("payments-activity" + suffix);
    }
  }

  private void go(Section section) throws Exception {
    fx(
        () -> {
          window.mainModel().navigate(section);
          return null;
        });
  }

  private Node find(String id) {
    Node n = stage.getScene().lookup(id);
    if (n == null) {
      throw new IllegalStateException("no node " + id);
    }
    return n;
  }

  private Object click(String id) {
    ((Button) find(id)).fire();
    return null;
  }

  private void shoot(String name) throws Exception {
    Thread.sleep(600);
    Png.shoot(stage.getScene(), out.resolve(name));
    System.out.println("wrote " + out.resolve(name));
  }

  private static <T> T fx(Callable<T> body) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(body.call());
          } catch (Throwable e) {
            f.completeExceptionally(e);
          }
        });
    T value = f.get(180, TimeUnit.SECONDS);
    Thread.sleep(200);
    return value;
  }
}
