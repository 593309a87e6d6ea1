package io.abacus.app.explorer;

import io.abacus.app.settings.Language;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.Settings;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Traffic on an anvil chain for the explorer tests: a token minted and moved, and plain payments,
 * spread over several days (anvil's clock is moved forward between them).
 */
public final class ExplorerTestChain {
  public final Anvil anvil;
  public final Network network;
  public final Address token;
  public final String mintTx;
  public final String transferTx;
  public final List<String> payments = new ArrayList<>();
  public final Instant tokenDay;

  public ExplorerTestChain(Anvil anvil) {
    this.anvil = anvil;
    this.network =
        new Network(
            "anvil-test",
            "Anvil test",
            anvil.chainId(),
            anvil.rpcUrl(),
            "ETH",
            18,
            null,
            Network.Kind.CUSTOM,
            true);
    for (int i = 0; i < 6; i++) {
      payments.add(pay(1, 3 + i % 3, 1_000_000_000_000_000L * (i + 1)));
    }
    advance(Duration.ofDays(3));
    token =
        Address.parse(
            Contracts.deploy(
                anvil,
                anvil.account(0),
                Contracts.openZeppelin("ERC20PresetMinterPauser"),
                FunctionEncoder.encodeConstructor(
                    List.of(new Utf8String("Dollar"), new Utf8String("USD")))));
    mintTx = send(0, token.toString(), call("mint", 1, BigInteger.valueOf(1_000_000)));
    transferTx = send(1, token.toString(), call("transfer", 2, BigInteger.valueOf(250_000)));
    tokenDay = Instant.ofEpochSecond(latestTimestamp());
    advance(Duration.ofDays(2));
    for (int i = 0; i < 4; i++) {
      payments.add(pay(2, 1, 500_000_000_000_000L));
    }
    payments.add(pay(3, 7, 300_000_000_000_000L)); // a second hop for the graph
    awaitReceipt(payments.get(payments.size() - 1));
  }

  public Address account(int i) {
    return Address.parse(anvil.account(i).address());
  }

  /** Saves settings that select this chain's network in {@code dataDirectory}. */
  public void selectIn(Path dataDirectory) {
    List<Network> presets = NetworkPresets.load();
    SettingsStore store = new SettingsStore(dataDirectory, presets, SettingsMigrations.standard());
    store.save(
        Settings.defaults(presets, Language.ENGLISH)
            .withNetwork(network)
            .withSelectedNetwork(network.id()));
  }

  public void advance(Duration d) {
    anvil.call("evm_increaseTime", d.toSeconds());
    anvil.mine(1);
  }

  long latestTimestamp() {
    String hex = anvil.call("eth_getBlockByNumber", "latest", false).get("timestamp").asText();
    return Long.parseLong(hex.substring(2), 16);
  }

  public String pay(int from, int to, long wei) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", anvil.account(from).address());
    tx.put("to", anvil.account(to).address());
    tx.put("value", "0x" + Long.toHexString(wei));
    String hash = anvil.call("eth_sendTransaction", tx).asText();
    awaitReceipt(hash);
    return hash;
  }

  private String send(int from, String to, String data) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", anvil.account(from).address());
    tx.put("to", to);
    tx.put("data", data);
    String hash = anvil.call("eth_sendTransaction", tx).asText();
    awaitReceipt(hash);
    return hash;
  }

  /** Anvil mines automined transactions asynchronously: wait for the receipt. */
  public void awaitReceipt(String hash) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (anvil.call("eth_getTransactionReceipt", hash).isNull()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no receipt for " + hash);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private String call(String name, int account, BigInteger amount) {
    return FunctionEncoder.encode(
        new Function(
            name,
            List.of(
                new org.web3j.abi.datatypes.Address(anvil.account(account).address()),
                new Uint256(amount)),
            List.of()));
  }
}
