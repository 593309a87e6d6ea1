package io.abacus.app.payments;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.activity.HistorySource;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.Settings;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.tokens.AppTokens;
import io.abacus.app.wallet.WalletSession;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.DevAccount;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.tx.Erc20Calldata;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Utf8String;

/**
 * A data folder with an unlocked wallet (the public test mnemonic, so account 0 is anvil's funded
 * dev account 0), settings whose selected network is the given node, and the payment services run
 * on the calling thread.
 */
public final class Testbed {
  public static final String PASSWORD = "correct horse battery";
  public static final String MNEMONIC =
      "test test test test test test test test test test test junk";

  public final Path data;
  public final Vault vault;
  public final WalletSession session;
  public final AppSettings settings;
  public final AddressBook addressBook;
  public final PaymentsContext ctx;
  public final I18n i18n = new I18n(Locale.ENGLISH);

  public Testbed(Path data, String rpcUrl, long chainId) throws Exception {
    this(data, rpcUrl, chainId, HistorySource.NONE);
  }

  public Testbed(Path data, String rpcUrl, long chainId, HistorySource history) throws Exception {
    this.data = data;
    TaskExecutor executor = TaskExecutor.sameThread();
    SettingsStore store =
        new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    Network node =
        new Network(
            "test-node", "Test node", chainId, rpcUrl, "ETH", 18, null, Network.Kind.CUSTOM, true);
    Settings s = store.load(Locale.ENGLISH).withNetwork(node).withSelectedNetwork("test-node");
    settings = new AppSettings(s, store, executor);
    vault = new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
    session = new WalletSession(vault);
    session.unlocked(
        vault.create("shop", Mnemonic.parse(MNEMONIC), new char[0], PASSWORD.toCharArray()));
    addressBook = AddressBook.open(data.resolve("address-book.json"));
    ctx =
        PaymentsContext.inDataDirectory(
                data,
                new NodeAccess(
                    () -> settings.get().selectedNetwork(),
                    settings.property(),
                    NodeAccess.pendingStoreIn(data),
                    Duration.ofSeconds(20)),
                session,
                addressBook,
                executor,
                AppTokens.registry(data),
                history)
            .withFollowTimeout(Duration.ofSeconds(60));
  }

  public static Testbed on(Path data, Anvil anvil) throws Exception {
    return new Testbed(data, anvil.rpcUrl(), anvil.chainId());
  }

  /** The selected network (the test node). */
  public Network network() {
    return settings.get().selectedNetwork().orElseThrow();
  }

  public Address account() {
    return session.selectedAccountProperty().get().address();
  }

  public static char[] password() {
    return PASSWORD.toCharArray();
  }

  /** Deploys OpenZeppelin's ERC20PresetMinterPauser as {@code deployer} and mints to {@code to}. */
  public static Address deployToken(
      Anvil anvil, DevAccount deployer, Address to, BigInteger units) {
    String args =
        FunctionEncoder.encodeConstructor(
            List.of(new Utf8String("Demo Dollar"), new Utf8String("DMD")));
    String token =
        Contracts.deploy(anvil, deployer, Contracts.openZeppelin("ERC20PresetMinterPauser"), args);
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", deployer.address());
    tx.put("to", token);
    tx.put(
        "data",
        "0x40c10f19"
            + String.format("%64s", to.toLowerHex().substring(2)).replace(' ', '0')
            + String.format("%64s", units.toString(16)).replace(' ', '0'));
    String hash = anvil.call("eth_sendTransaction", tx).asText();
    awaitReceipt(anvil, hash);
    return Address.parse(token);
  }

  public static void awaitReceipt(Anvil anvil, String hash) {
    for (int i = 0; i < 200; i++) {
      if (!anvil.call("eth_getTransactionReceipt", hash).isNull()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("no receipt for " + hash);
  }

  public static NodeClient client(Anvil anvil) {
    return new NodeClient(HttpJsonRpcTransport.of(anvil.rpcUrl()), RetryPolicy.standard());
  }

  public static BigInteger tokenBalance(Anvil anvil, Address token, Address owner) {
    HexBytes raw =
        client(anvil)
            .call(new CallRequest(null, token, null, Erc20Calldata.balanceOf(owner)), "latest");
    return new BigInteger(1, Arrays.copyOf(raw.toBytes(), 32));
  }
}
