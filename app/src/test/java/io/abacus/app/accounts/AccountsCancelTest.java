package io.abacus.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.tokens.AppTokens;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.JsonRpcTransport;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node that never answers: the user can stop waiting. */
class AccountsCancelTest {
  @TempDir Path data;

  @Test
  void cancellingAHangingBalanceReadStopsIt() throws Exception {
    WalletSession session =
        new WalletSession(new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom()));
    session.unlocked(session.vault().createEmpty("w", "long enough 1".toCharArray()));
    SettingsStore store =
        new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    AppSettings settings =
        new AppSettings(store.load(Locale.ENGLISH), store, TaskExecutor.sameThread());
    Network slow =
        new Network(
            "slow", "Slow", 5, "http://127.0.0.1:9", "ETH", 18, null, Network.Kind.CUSTOM, false);
    settings.update(s -> s.withNetwork(slow).withSelectedNetwork("slow"));
    CountDownLatch asked = new CountDownLatch(1);
    JsonRpcTransport hanging =
        new JsonRpcTransport() {
          @Override
          public String send(String requestJson) {
            asked.countDown();
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            throw new RpcException(RpcException.Kind.TIMEOUT, "interrupted");
          }

          @Override
          public String endpoint() {
            return "http://127.0.0.1:9";
          }
        };
    ExecutorService workers = Executors.newSingleThreadExecutor();
    ExecutorService ui = Executors.newSingleThreadExecutor();
    try {
      AccountsViewModel model =
          new AccountsViewModel(
              session,
              settings,
              AppTokens.registry(data),
              new NodeConnector(n -> hanging),
              new TaskExecutor(workers, ui),
              new I18n(Locale.ENGLISH));
      assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
      ui.submit(() -> assertThat(model.busyProperty().get()).isTrue()).get();
      ui.submit(model::cancelRefresh).get();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (ui.submit(() -> model.busyProperty().get()).get() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(ui.submit(() -> model.busyProperty().get()).get()).isFalse();
      assertThat(ui.submit(() -> model.statusProperty().get()).get())
          .isEqualTo("Stopped reading balances.");
    } finally {
      workers.shutdownNow();
      ui.shutdownNow();
    }
  }
}
