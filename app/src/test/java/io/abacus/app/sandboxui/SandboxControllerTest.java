package io.abacus.app.sandboxui;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.sandbox.Sandbox;
import io.abacus.app.sandbox.SandboxException;
import io.abacus.app.sandbox.SandboxFiles;
import io.abacus.app.sandbox.TestUsd;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.Settings;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.tokens.AppTokens;
import io.abacus.testkit.ProjectPaths;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.token.Token;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sandbox as the app runs it: start on selection, URL into settings, fund, demo, failure. */
class SandboxControllerTest {
  static final Address SHOP = Address.parse("0x9858EfFD232B4033E47d90003D41EC34EcaEda94");
  @TempDir Path data;
  Sandbox sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.stop();
    }
  }

  AppSettings settings(boolean sandboxSelected) {
    SettingsStore store =
        new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    Settings s = store.load(Locale.ENGLISH);
    if (!sandboxSelected) {
      s =
          s.withSelectedNetwork(
              s.networks().stream()
                  .filter(n -> n.kind() != Network.Kind.SANDBOX)
                  .findFirst()
                  .orElseThrow()
                  .id());
    }
    return new AppSettings(s, store, TaskExecutor.sameThread());
  }

  @Test
  void switchingToTheSandboxStartsItPointsTheNetworkAtItAndFundsAndFillsIt() throws Exception {
    AppSettings settings = settings(false);
    sandbox = Sandbox.inDataDirectory(data, System.getenv());
    SandboxController c = new SandboxController(sandbox, settings, TaskExecutor.sameThread());
    c.enableAutoStart();
    assertThat(c.stateProperty().get()).isEqualTo(SandboxController.State.STOPPED);
    assertThat(c.selectedProperty().get()).isFalse();

    String sandboxId =
        settings.get().networks().stream()
            .filter(n -> n.kind() == Network.Kind.SANDBOX)
            .findFirst()
            .orElseThrow()
            .id();
    settings.update(s -> s.withSelectedNetwork(sandboxId));
    assertThat(c.selectedProperty().get()).isTrue();
    assertThat(c.errorProperty().get()).isEmpty();
    assertThat(c.stateProperty().get()).isEqualTo(SandboxController.State.RUNNING);
    Network selected = settings.get().selectedNetwork().orElseThrow();
    assertThat(selected.rpcUrl())
        .isEqualTo(c.detailProperty().get())
        .startsWith("http://127.0.0.1:");
    // The registry every screen reads lists the Test USD the Sandbox deployed.
    assertThat(AppTokens.registry(data).tokens(selected))
        .extracting(Token::symbol, Token::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(TestUsd.SYMBOL, TestUsd.NAME));

    c.fund(SHOP);
    assertThat(c.errorProperty().get()).isEmpty();
    assertThat(c.doneProperty().get()).isEqualTo(SandboxController.Done.FUNDED);
    NodeClient node =
        new NodeClient(HttpJsonRpcTransport.of(selected.rpcUrl()), RetryPolicy.standard());
    assertThat(node.balance(SHOP, "latest")).isEqualTo(BigInteger.TEN.pow(19));

    long before = node.blockNumber().longValue();
    c.demoActivity();
    assertThat(c.errorProperty().get()).isEmpty();
    assertThat(c.doneProperty().get()).isEqualTo(SandboxController.Done.DEMO);
    assertThat(c.progressProperty().get()).isEqualTo(1.0);
    assertThat(node.blockNumber().longValue() - before).isGreaterThanOrEqualTo(300);
    assertThat(c.busyProperty().get()).isFalse();

    // A second run (the user clicks again) works as well.
    c.demoActivity();
    assertThat(c.errorProperty().get()).isEmpty();
    assertThat(node.blockNumber().longValue() - before).isGreaterThanOrEqualTo(600);
  }

  @Test
  void aStateAnvilRefusesOffersToStartFromTheLastGoodState() throws Exception {
    sandbox = new Sandbox(SandboxFiles.in(data), ProjectPaths::anvilBinary);
    sandbox.start(false);
    sandbox.stop();
    sandbox.start(false); // anvil loaded the saved state: it is the last good one
    sandbox.stop();
    Files.writeString(
        SandboxFiles.in(data).state(),
        "{\"block\":{\"number\":\"0x5\"},\"accounts\":{},\"best_block_number\":5}");
    SandboxController c = new SandboxController(sandbox, settings(true), TaskExecutor.sameThread());
    c.enableAutoStart();
    assertThat(c.stateProperty().get()).isEqualTo(SandboxController.State.FAILED);
    assertThat(c.detailProperty().get()).contains("anvil could not load the Sandbox state");
    assertThat(c.lastGoodStateOfferedProperty().get()).isTrue();

    c.startFromLastGoodState();
    assertThat(c.stateProperty().get()).isEqualTo(SandboxController.State.RUNNING);
    assertThat(c.lastGoodStateOfferedProperty().get()).isFalse();
  }

  @Test
  void aMissingAnvilIsReportedAndNothingRuns() {
    AppSettings settings = settings(true);
    Sandbox broken =
        new Sandbox(
            SandboxFiles.in(data),
            () -> {
              throw new SandboxException("no bundled anvil for this platform; set ABACUS_ANVIL");
            });
    SandboxController c = new SandboxController(broken, settings, TaskExecutor.sameThread());
    c.enableAutoStart();
    assertThat(c.stateProperty().get()).isEqualTo(SandboxController.State.FAILED);
    assertThat(c.detailProperty().get()).contains("no bundled anvil");
    assertThat(settings.get().selectedNetwork().orElseThrow().hasRpcUrl()).isFalse();
    c.fund(SHOP);
    assertThat(c.doneProperty().get()).isEqualTo(SandboxController.Done.NONE);
    assertThat(c.stateProperty().get()).isEqualTo(SandboxController.State.FAILED);
  }
}
