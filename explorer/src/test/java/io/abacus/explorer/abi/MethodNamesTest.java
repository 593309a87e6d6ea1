package io.abacus.explorer.abi;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodNamesTest {
  private final AbiDecoder decoder = AbiDecoder.withBundledTable();
  private final MethodNames names = new MethodNames(decoder);
  private final Address contract = Address.parse("0x" + "12".repeat(20));

  @Test
  void namesPlainSendsCreationsKnownAndUnknownSelectors() {
    assertThat(names.of(null, HexBytes.decode("0x6080604052"))).isEqualTo(MethodNames.CREATE);
    assertThat(names.of(contract, null)).isEqualTo(MethodNames.TRANSFER);
    assertThat(names.of(contract, new byte[0])).isEqualTo(MethodNames.TRANSFER);
    // The arguments are not checked: a selector is enough, as on Etherscan.
    assertThat(names.ofHex(contract, "0xa9059cbb")).isEqualTo("transfer");
    assertThat(names.ofHex(contract, "0x095ea7b3" + "00".repeat(64))).isEqualTo("approve");
    assertThat(names.ofHex(contract, "0xdeadbeef01")).isEqualTo("0xdeadbeef");
    assertThat(names.ofHex(contract, "0x0102")).isEqualTo("0x0102");
  }

  @Test
  void anImportedAbiNamesItsContractsCallsEvenAfterTheSelectorWasCached() {
    String selector =
        HexBytes.toHex(
            AbiParser.declaration("function disperseEther(address[] r, uint256[] v)").selector());
    assertThat(names.ofHex(contract, selector)).isEqualTo(selector);
    decoder.register(
        contract,
        List.of(AbiParser.declaration("function disperseEther(address[] r, uint256[] v)")));
    assertThat(names.ofHex(contract, selector)).isEqualTo("disperseEther");
    Address other = Address.parse("0x" + "34".repeat(20));
    assertThat(names.ofHex(other, selector)).isEqualTo(selector);
  }
}
