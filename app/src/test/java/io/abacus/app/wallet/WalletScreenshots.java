package io.abacus.app.wallet;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.abacus.app.desktop.AbacusWindow;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.ui.Png;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.AnvilOptions;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import io.abacus.wallet.vault.Wallet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * Takes the wallet screens' screenshots for docs/screenshots (run on a real display, e.g. Xvfb):
 * {@code java -cp <test classpath> io.abacus.app.wallet.WalletScreenshots docs/screenshots}.
 */
public final class WalletScreenshots {
  private final Path out;
  private Scene scene;

  private WalletScreenshots(Path out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
    Files.createDirectories(out);
    Platform.startup(() -> {});
    try (Anvil anvil = Anvil.start(AnvilOptions.defaults())) {
      new WalletScreenshots(out).run(anvil);
    }
    Platform.exit();
  }

  private void run(Anvil anvil) throws Exception {
    Path data = Files.createTempDirectory("abacus-shots");
    Network node =
        new Network(
            "local-anvil",
            "Local node",
            31337,
            anvil.rpcUrl(),
            "ETH",
            18,
            null,
            Network.Kind.CUSTOM,
            true);
    SettingsStore store =
        new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    store.save(store.load(Locale.ENGLISH).withNetwork(node).withSelectedNetwork(node.id()));
    Vault vault = new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
    try (Mnemonic m = Mnemonic.parse(WalletWindowFixture.DEV_WORDS);
        Wallet w = vault.create("dev", m, null, "long enough 1".toCharArray())) {
      w.deriveNext(PathPreset.METAMASK_TREZOR, 3);
      w.rename(w.accounts().get(0).address(), "Shop till");
    }
    fx(
        () -> {
          AbacusWindow w =
              AbacusWindow.create(
                  data, TaskExecutor.sameThread(), Locale.ENGLISH, vault, Clock.systemUTC());
          Stage stage = new Stage();
          w.show(stage);
          scene = stage.getScene();
          return null;
        });
    for (String theme : new String[] {"light", "dark"}) {
      fx(
          () -> {
            Application.setUserAgentStylesheet(
                theme.equals("dark")
                    ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            return null;
          });
      shots(theme);
    }
  }

  private void shots(String theme) throws Exception {
    click("#gate-create");
    text("#create-name", "shop");
    text("#create-password", "correct horse battery 9");
    text("#create-confirm", "correct horse battery 9");
    shoot("wallet-onboarding-" + theme);
    click("#create-next");
    shoot("wallet-create-words-" + theme);
    click("#create-words-cancel");
    click("#gate-restore");
    text("#restore-phrase", "test test test test test test test test test test test ju");
    fx(
        () -> {
          ((TextInputControl) scene.lookup("#restore-phrase")).positionCaret(57);
          return null;
        });
    shoot("wallet-restore-" + theme);
    click("#gate-unlock");
    text("#unlock-password", "not my password");
    click("#unlock-button");
    shoot("wallet-unlock-" + theme);
    text("#unlock-password", "long enough 1");
    click("#unlock-button");
    shoot("wallet-accounts-" + theme);
    click("#nav-messages");
    text("#sign-message", "Shop Ltd controls this address. Invoice 2026-014.");
    click("#sign-button");
    fx(
        () -> {
          String sig = ((TextInputControl) scene.lookup("#sign-signature")).getText();
          ((TextInputControl) scene.lookup("#verify-signature")).setText(sig);
          return null;
        });
    click("#verify-button");
    shoot("wallet-messages-" + theme);
    click("#wallet-lock");
    click("#nav-accounts");
  }

  private void click(String id) throws Exception {
    fx(
        () -> {
          var node = scene.lookup(id);
          if (node instanceof ButtonBase b) {
            b.fire();
          }
          return null;
        });
  }

  private void text(String id, String value) throws Exception {
    fx(
        () -> {
          ((TextInputControl) scene.lookup(id)).setText(value);
          return null;
        });
  }

  private void shoot(String name) throws Exception {
    Thread.sleep(400);
    Png.shoot(scene, out.resolve(name + ".png"));
    System.out.println("wrote " + out.resolve(name + ".png"));
  }

  private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(work.call());
          } catch (Throwable e) {
            f.completeExceptionally(e);
          }
        });
    T value = f.get(60, TimeUnit.SECONDS);
    Thread.sleep(100);
    return value;
  }
}
