package io.abacus.wallet.hd;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.secret.SecretBytes;
import org.junit.jupiter.api.Test;

/** The well-known {@code test test ... junk} development accounts (anvil, hardhat). */
class AnvilAccountsTest {
  static final String JUNK = "test test test test test test test test test test test junk";

  @Test
  void metamaskPresetGivesTheAnvilAccounts() {
    try (Mnemonic m = Mnemonic.parse(JUNK);
        SecretBytes seed = m.toSeed(null)) {
      byte[] s = seed.copy();
      assertThat(HdWallet.address(s, PathPreset.METAMASK_TREZOR.path(0)))
          .isEqualTo(Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
      assertThat(HdWallet.address(s, PathPreset.METAMASK_TREZOR.path(1)))
          .isEqualTo(Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
      assertThat(HdWallet.address(s, PathPreset.METAMASK_TREZOR.path(9)))
          .isEqualTo(Address.parse("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"));
      byte[] key0 = HdWallet.privateKey(s, DerivationPath.DEFAULT);
      assertThat(java.util.HexFormat.of().formatHex(key0))
          .isEqualTo("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
      SecretBytes.wipe(key0);
      SecretBytes.wipe(s);
    }
  }

  @Test
  void presetsProduceTheDocumentedPaths() {
    assertThat(PathPreset.METAMASK_TREZOR.path(3)).hasToString("m/44'/60'/0'/0/3");
    assertThat(PathPreset.LEDGER_LIVE.path(3)).hasToString("m/44'/60'/3'/0/0");
    assertThat(PathPreset.LEDGER_LEGACY.path(3)).hasToString("m/44'/60'/0'/3");
    assertThat(PathPreset.byName("Ledger Live")).isEqualTo(PathPreset.LEDGER_LIVE);
    assertThat(PathPreset.byName("metamask")).isEqualTo(PathPreset.METAMASK_TREZOR);
  }

  @Test
  void ledgerLivePathsDifferFromMetamask() {
    try (Mnemonic m = Mnemonic.parse(JUNK);
        SecretBytes seed = m.toSeed(null)) {
      byte[] s = seed.copy();
      assertThat(HdWallet.address(s, PathPreset.LEDGER_LIVE.path(0)))
          .isEqualTo(HdWallet.address(s, PathPreset.METAMASK_TREZOR.path(0)));
      assertThat(HdWallet.address(s, PathPreset.LEDGER_LIVE.path(1)))
          .isNotEqualTo(HdWallet.address(s, PathPreset.METAMASK_TREZOR.path(1)));
      SecretBytes.wipe(s);
    }
  }
}
