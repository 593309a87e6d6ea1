package io.abacus.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.network.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
  @TempDir Path data;
  private SettingsStore store;
  private final List<Settings> changes = new ArrayList<>();
  private long nodeChainId = 31337;
  private boolean nodeDown;

  private SettingsViewModel model() {
    store = new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    TaskExecutor executor = TaskExecutor.sameThread();
    AppSettings app = new AppSettings(store.load(Locale.ENGLISH), store, executor);
    app.property().addListener((o, a, b) -> changes.add(b));
    SettingsViewModel m =
        new SettingsViewModel(
            app,
            executor,
            n -> {
              if (nodeDown) {
                throw new IOException("nothing is listening at " + n.rpcUrl());
              }
              return nodeChainId;
            },
            new I18n(Locale.ENGLISH),
            data);
    return m;
  }

  private SettingsViewModel model;

  @BeforeEach
  void setUp() {
    model = model();
  }

  @Test
  void changesAreSavedAtOnceAndAnnounced() {
    model.themeProperty().set(Theme.DARK);
    model.languageProperty().set(Language.SIMPLIFIED_CHINESE);
    model.autoLockMinutesProperty().set(2);
    Settings saved = store.load(Locale.ENGLISH);
    assertThat(saved.theme()).isEqualTo(Theme.DARK);
    assertThat(saved.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
    assertThat(saved.autoLockMinutes()).isEqualTo(2);
    assertThat(changes).hasSize(3);
    assertThat(changes.get(2)).isEqualTo(saved);
  }

  @Test
  void validCustomNetworkIsAddedSavedAndSelectable() {
    NetworkForm form = model.form();
    form.nameProperty().set("Besu consortium");
    form.rpcUrlProperty().set("https://besu.internal:8545");
    form.chainIdProperty().set("2024");
    form.currencySymbolProperty().set("CON");
    form.decimalsProperty().set("0");
    form.authHeaderProperty().set("Bearer abc");
    nodeChainId = 2024;
    model.addNetwork();
    assertThat(form.resultProperty().get()).isEqualTo("Network \"Besu consortium\" added.");
    assertThat(form.checkingProperty().get()).isFalse();
    Network added = model.networks().get(model.networks().size() - 1);
    assertThat(added.name()).isEqualTo("Besu consortium");
    assertThat(added.decimals()).isZero();
    assertThat(added.auth()).contains("Bearer abc");
    assertThat(form.nameProperty().get()).isEmpty();

    model.selectedNetworkProperty().set(added);
    assertThat(store.load(Locale.ENGLISH).selectedNetwork()).contains(added);

    assertThat(model.removeQuestion(added)).contains("Besu consortium");
    model.removeNetwork(added);
    assertThat(model.networks()).doesNotContain(added);
    assertThat(model.networkStatusProperty().get()).contains("removed");
    assertThat(store.load(Locale.ENGLISH).selectedNetworkId()).isEqualTo("sandbox");
  }

  @Test
  void invalidFormSaysWhatIsWrongAndAddsNothing() {
    int before = model.networks().size();
    NetworkForm form = model.form();
    model.addNetwork();
    assertThat(form.errorProperty().get()).contains("name");
    form.nameProperty().set("X");
    form.rpcUrlProperty().set("ftp://node");
    model.addNetwork();
    assertThat(form.errorProperty().get()).contains("not a node URL");
    form.rpcUrlProperty().set("http://127.0.0.1:8545");
    form.chainIdProperty().set("-5");
    model.addNetwork();
    assertThat(form.errorProperty().get()).contains("chain ID");
    form.chainIdProperty().set("5");
    form.decimalsProperty().set("99");
    model.addNetwork();
    assertThat(form.errorProperty().get()).contains("Decimals");
    assertThat(model.networks()).hasSize(before);
  }

  @Test
  void wrongChainIdIsSavedOnlyWithTheWordedOverride() {
    int before = model.networks().size();
    NetworkForm form = model.form();
    form.nameProperty().set("Dev");
    form.rpcUrlProperty().set("http://127.0.0.1:8545");
    form.chainIdProperty().set("1337");
    model.addNetwork();
    assertThat(model.networks()).hasSize(before);
    assertThat(form.resultProperty().get()).contains("Not saved").contains("31337");
    assertThat(form.overrideOfferProperty().get())
        .isEqualTo("Save anyway: the node reports chain ID 31337, not 1337");
    assertThat(form.checkingProperty().get()).isFalse();

    // Adding again without ticking the override still saves nothing.
    model.addNetwork();
    assertThat(model.networks()).hasSize(before);

    // Editing the chain id withdraws an accepted override: the new value is checked again.
    form.overrideProperty().set(true);
    form.chainIdProperty().set("1338");
    assertThat(form.overrideOfferProperty().get()).isEmpty();
    model.addNetwork();
    assertThat(model.networks()).hasSize(before);

    form.chainIdProperty().set("1337");
    model.addNetwork();
    form.overrideProperty().set(true);
    model.addNetwork();
    assertThat(model.networks()).hasSize(before + 1);
    assertThat(model.networks().get(before).chainId()).isEqualTo(1337);
    assertThat(form.resultProperty().get()).isEqualTo("Network \"Dev\" added.");
    assertThat(form.overrideOfferProperty().get()).isEmpty();
  }

  @Test
  void matchingChainIdIsSavedAtOnce() {
    NetworkForm form = model.form();
    form.nameProperty().set("Anvil");
    form.rpcUrlProperty().set("http://127.0.0.1:8545");
    form.chainIdProperty().set("31337");
    model.addNetwork();
    assertThat(model.networks()).anyMatch(n -> n.name().equals("Anvil"));
    assertThat(form.overrideOfferProperty().get()).isEmpty();
  }

  @Test
  void unreachableNodeIsSaidPlainlyAndSavedOnlyWithTheOverride() {
    int before = model.networks().size();
    NetworkForm form = model.form();
    form.nameProperty().set("Far away");
    form.rpcUrlProperty().set("http://127.0.0.1:9");
    form.chainIdProperty().set("5");
    nodeDown = true;
    model.addNetwork();
    assertThat(model.networks()).hasSize(before);
    assertThat(form.resultProperty().get())
        .isEqualTo("Not saved: cannot reach the node: nothing is listening at http://127.0.0.1:9");
    assertThat(form.overrideOfferProperty().get()).startsWith("Save anyway");
    form.overrideProperty().set(true);
    model.addNetwork();
    assertThat(model.networks()).hasSize(before + 1);
  }

  @Test
  void testConnectionReportsMatchMismatchAndFailure() {
    Network local =
        model.networks().stream().filter(n -> n.id().equals("local")).findFirst().orElseThrow();
    model.testConnection(local);
    assertThat(model.networkStatusProperty().get()).contains("chain ID 31337 as expected");
    assertThat(model.busyProperty().get()).isFalse();

    nodeChainId = 1;
    model.testConnection(local);
    assertThat(model.networkStatusProperty().get())
        .contains("reports chain ID 1,")
        .contains("expects 31337");

    nodeDown = true;
    model.testConnection(local);
    assertThat(model.networkStatusProperty().get()).contains("Cannot reach the node");

    Network ethereum =
        model.networks().stream().filter(n -> n.id().equals("ethereum")).findFirst().orElseThrow();
    model.testConnection(ethereum);
    assertThat(model.networkStatusProperty().get()).contains("Set a node URL");
  }

  @Test
  void builtInNetworksAreNotRemoved() {
    Network sandbox = model.networks().get(0);
    model.removeNetwork(sandbox);
    assertThat(model.networks()).contains(sandbox);
    assertThat(model.networkStatusProperty().get()).contains("cannot be removed");
  }

  @Test
  void multiSendContractIsCheckedSavedPerNetworkAndCleared() {
    MultiSendForm f = model.multiSend();
    f.addressProperty().set("0x1234");
    f.save();
    assertThat(f.errorProperty().get()).isEqualTo("Select a network in the list above.");

    Network ethereum = model.settings().network("ethereum").orElseThrow();
    f.networkProperty().set(ethereum);
    assertThat(f.titleProperty().get()).isEqualTo("Multi-send contract of Ethereum");
    assertThat(f.addressProperty().get()).isEmpty();

    // One capital letter off: the EIP-55 checksum refuses it in one line, nothing is saved.
    f.addressProperty().set("0x5FbDB2315678afecb367f032d93F642f64180aA3");
    f.save();
    assertThat(f.errorProperty().get())
        .startsWith("Not a contract address: ")
        .contains("EIP-55")
        .doesNotContain("\n");
    assertThat(store.load(Locale.ENGLISH).multiSend("ethereum")).isEmpty();

    f.addressProperty().set("  0x5fbdb2315678afecb367f032d93f642f64180aa3 ");
    f.save();
    assertThat(f.errorProperty().get()).isEmpty();
    assertThat(f.resultProperty().get()).isEqualTo("Multi-send contract of Ethereum saved.");
    assertThat(f.addressProperty().get()).isEqualTo("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    assertThat(store.load(Locale.ENGLISH).multiSend("ethereum"))
        .map(Object::toString)
        .contains("0x5FbDB2315678afecb367f032d93F642f64180aa3");

    // Another network shows its own (none); back on Ethereum the saved one is shown.
    f.networkProperty().set(model.settings().network("sepolia").orElseThrow());
    assertThat(f.addressProperty().get()).isEmpty();
    f.networkProperty().set(ethereum);
    assertThat(f.addressProperty().get()).isEqualTo("0x5FbDB2315678afecb367f032d93F642f64180aa3");

    f.addressProperty().set("");
    f.save();
    assertThat(f.resultProperty().get()).isEqualTo("Ethereum has no multi-send contract now.");
    assertThat(store.load(Locale.ENGLISH).multiSend("ethereum")).isEmpty();
  }

  @Test
  void multiSendTextsAreInChinese() {
    model.setI18n(new I18n(Locale.SIMPLIFIED_CHINESE));
    MultiSendForm f = model.multiSend();
    f.networkProperty().set(model.settings().network("ethereum").orElseThrow());
    assertThat(f.titleProperty().get()).isEqualTo("以太坊 的批量转账合约");
    f.addressProperty().set("0xnope");
    f.save();
    assertThat(f.errorProperty().get()).startsWith("不是合约地址：");
  }
}
