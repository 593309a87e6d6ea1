package io.abacus.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.accounts.AccountsViewModel.Row;
import io.abacus.app.i18n.I18n;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.tokens.AppTokens;
import io.abacus.app.wallet.WalletSession;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.token.Token;
import io.abacus.wallet.token.TokenRegistry;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import io.abacus.wallet.vault.Wallet;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

@WithAnvil
class AccountsViewModelTest {
  static final String DEV_WORDS = "test test test test test test test test test test test junk";
  @TempDir Path data;
  private final Anvil anvil;
  private WalletSession session;
  private AppSettings settings;
  private TokenRegistry tokens;
  private AccountsViewModel model;

  AccountsViewModelTest(Anvil anvil) {
    this.anvil = anvil;
  }

  @BeforeEach
  void setUp() {
    session =
        new WalletSession(new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom()));
    Wallet w;
    try (Mnemonic m = Mnemonic.parse(DEV_WORDS)) {
      w = session.vault().create("dev", m, null, "long enough 1".toCharArray());
    }
    w.deriveNext(PathPreset.METAMASK_TREZOR, 2);
    session.unlocked(w);
    SettingsStore store =
        new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    settings = new AppSettings(store.load(Locale.ENGLISH), store, TaskExecutor.sameThread());
    use(network("anvil", 31337, anvil.rpcUrl()));
    tokens = AppTokens.registry(data);
    model =
        new AccountsViewModel(
            session,
            settings,
            tokens,
            NodeConnector.overHttp(),
            TaskExecutor.sameThread(),
            new I18n(Locale.ENGLISH));
  }

  private static Network network(String id, long chainId, String url) {
    return new Network(id, "Test " + id, chainId, url, "ETH", 18, null, Network.Kind.CUSTOM, true);
  }

  private void use(Network n) {
    settings.update(s -> s.withNetwork(n).withSelectedNetwork(n.id()));
  }

  @Test
  void listsTheVisibleAccountsWithTheirBalancesFromTheNode() {
    assertThat(model.rows())
        .extracting(r -> r.account().address().toString())
        .containsExactly(
            "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
            "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
    assertThat(model.rows()).extracting(Row::balance).containsOnly("10,000 ETH");
    assertThat(model.rows().get(0).selected()).isTrue();
    assertThat(model.statusProperty().get()).startsWith("Balances on Test anvil at block ");
    assertThat(model.busyProperty().get()).isFalse();
  }

  @Test
  void balancesShowEveryDecimalGroupedWithTheExactValueForTheTooltip() {
    // Issue 13: the balance was cut to "8.499876705…".
    String account = anvil.account(2).address();
    anvil.call(
        "anvil_setBalance", account, "0x" + new BigInteger("1234499876705123456789").toString(16));
    model.refresh();
    Row row =
        model.rows().stream()
            .filter(r -> r.account().address().toString().equalsIgnoreCase(account))
            .findFirst()
            .orElseThrow();
    assertThat(row.balance()).isEqualTo("1,234.499876705123456789 ETH");
    assertThat(row.exact())
        .isEqualTo("Exactly 1234.499876705123456789 ETH (1234499876705123456789 base units)");
  }

  @Test
  void explainsANodeThatIsDownOnAnotherChainOrNotConfigured() {
    use(network("down", 31337, "http://127.0.0.1:1"));
    assertThat(model.statusProperty().get())
        .isEqualTo(
            "The node of Test down at http://127.0.0.1:1 does not answer. Check that it runs, or"
                + " choose another network in Settings.");
    assertThat(model.rows()).extracting(Row::balance).containsOnly("…");
    use(network("mainnet-lie", 1, anvil.rpcUrl()));
    assertThat(model.statusProperty().get())
        .isEqualTo(
            "The node of Test mainnet-lie is on chain 31337, not 1. Balances are not shown; check"
                + " the network in Settings.");
    settings.update(s -> s.withSelectedNetwork("ethereum"));
    assertThat(model.statusProperty().get()).startsWith("Ethereum has no node URL.");
    settings.update(s -> s.withSelectedNetwork("sandbox"));
    assertThat(model.statusProperty().get()).startsWith("The Sandbox test chain is not running");
  }

  @Test
  void addsRenamesHidesAndSelectsAccounts() {
    model.presetProperty().set(PathPreset.LEDGER_LIVE);
    model.addAccount();
    assertThat(model.rows()).hasSize(4);
    Account added = model.rows().get(3).account();
    assertThat(((Account.Derived) added).path().toString()).isEqualTo("m/44'/60'/1'/0/0");
    model.rename(added, "  Savings ");
    assertThat(model.rows().get(3).account().name()).isEqualTo("Savings");
    model.select(model.rows().get(3).account());
    assertThat(session.selectedAccountProperty().get().address()).isEqualTo(added.address());
    assertThat(model.rows().get(3).selected()).isTrue();

    model.setHidden(model.rows().get(3).account(), true);
    assertThat(model.rows()).hasSize(3);
    assertThat(session.selectedAccountProperty().get().address())
        .as("a hidden account is not used for payments")
        .isNotEqualTo(added.address());
    model.showHiddenProperty().set(true);
    assertThat(model.rows()).hasSize(4);
    Account hidden = model.rows().get(3).account();
    assertThat(hidden.hidden()).isTrue();
    model.select(hidden);
    assertThat(session.selectedAccountProperty().get().address()).isNotEqualTo(added.address());
    model.setHidden(hidden, false);
    model.showHiddenProperty().set(false);
    assertThat(model.rows()).hasSize(4);
  }

  @Test
  void addsAnErc20ByAddressReadingItsSymbolAndDecimalsFromTheChain() throws Exception {
    String ctor =
        FunctionEncoder.encodeConstructor(List.of(new Utf8String("Euro"), new Utf8String("EURX")));
    String token =
        Contracts.deploy(
            anvil, anvil.account(0), Contracts.openZeppelin("ERC20PresetMinterPauser"), ctor);
    String mint =
        FunctionEncoder.encode(
            new Function(
                "mint",
                List.of(
                    new org.web3j.abi.datatypes.Address(anvil.account(1).address()),
                    new Uint256(new BigInteger("2500000000000000000"))),
                List.of()));
    anvil.call(
        "eth_sendTransaction",
        Map.of("from", anvil.account(0).address(), "to", token, "data", mint));
    anvil.mine(1);

    model.tokenAddressProperty().set("0x1234");
    assertThat(model.addToken()).isFalse();
    assertThat(model.errorProperty().get()).startsWith("Not a contract address");
    model.tokenAddressProperty().set(anvil.account(5).address());
    model.addToken();
    assertThat(model.errorProperty().get()).endsWith("does not answer like an ERC-20 token.");

    model.tokenAddressProperty().set(token);
    assertThat(model.addToken()).isTrue();
    assertThat(model.errorProperty().get()).isEmpty();
    assertThat(model.rows())
        .extracting(Row::tokens)
        .containsExactly("0 EURX", "2.5 EURX", "0 EURX");
    Network anvilNet = settings.get().selectedNetwork().orElseThrow();
    assertThat(Files.exists(data.resolve("tokens/anvil.json"))).isTrue();
    assertThat(AppTokens.registry(data).tokens(anvilNet))
        .containsExactly(new Token(Address.parse(token), "EURX", "Euro", 18));
  }

  @Test
  void locksClearTheList() {
    session.lock();
    assertThat(model.rows()).isEmpty();
  }
}
