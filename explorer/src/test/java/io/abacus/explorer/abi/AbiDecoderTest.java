package io.abacus.explorer.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.explorer.TestChain;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicStruct;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

class AbiDecoderTest {
  private final AbiDecoder decoder = AbiDecoder.withBundledTable();
  private final Address token = Address.parse("0x" + "12".repeat(20));
  private final Address bob = Address.parse("0x" + "ab".repeat(20));

  @Test
  void bundledTableLoadsFromTheClasspathWithKnownSelectors() {
    assertThat(decoder.tableSize()).isGreaterThan(50);
    AbiEntry transfer = AbiParser.declaration("function transfer(address to, uint256 amount)");
    assertThat(HexBytes.toHex(transfer.selector())).isEqualTo("0xa9059cbb");
    AbiEntry event =
        AbiParser.declaration(
            "event Transfer(address indexed from, address indexed to, uint256 value)");
    assertThat(HexBytes.toHex(event.selector()))
        .isEqualTo("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
  }

  @Test
  void decodesAnErc20TransferCall() {
    String data =
        TestChain.fn(
            "transfer",
            new org.web3j.abi.datatypes.Address(bob.toLowerHex()),
            new Uint256(BigInteger.TEN.pow(20)));
    Decoded d = decoder.decodeInput(token, HexBytes.decode(data)).orElseThrow();
    assertThat(d.signature()).isEqualTo("transfer(address,uint256)");
    assertThat(d.source()).isEqualTo("selectors");
    assertThat(d.args())
        .extracting(Decoded.Arg::value)
        .containsExactly(bob.toString(), "100000000000000000000");
  }

  @Test
  void tellsErc721FromErc20TransferEventsByIndexedCount() {
    byte[] t0 =
        HexBytes.decode("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
    byte[] from = new byte[32];
    byte[] to = new byte[32];
    System.arraycopy(bob.toBytes(), 0, to, 12, 20);
    byte[] id = new byte[32];
    id[31] = 42;
    Decoded nft = decoder.decodeLog(token, List.of(t0, from, to, id), new byte[0]).orElseThrow();
    assertThat(nft.args().get(2)).isEqualTo(new Decoded.Arg("tokenId", "uint256", "42"));
    Decoded erc20 = decoder.decodeLog(token, List.of(t0, from, to), id).orElseThrow();
    assertThat(erc20.args().get(2)).isEqualTo(new Decoded.Arg("value", "uint256", "42"));
  }

  @Test
  void decodesTuplesStringsAndArraysFromImportedAbiJson() {
    String abi =
        "[{\"type\":\"function\",\"name\":\"order\",\"inputs\":[{\"name\":\"o\",\"type\":\"tuple\",\"components\":"
            + "[{\"name\":\"who\",\"type\":\"string\"},{\"name\":\"qty\",\"type\":\"uint256[]\"}]}]}]";
    decoder.register(token, AbiParser.json(abi));
    String data =
        org.web3j.abi.FunctionEncoder.encode(
            new org.web3j.abi.datatypes.Function(
                "order",
                List.of(
                    new DynamicStruct(
                        new Utf8String("Zoë"),
                        new DynamicArray<>(Uint256.class, new Uint256(1), new Uint256(2)))),
                List.of()));
    Decoded d = decoder.decodeInput(token, HexBytes.decode(data)).orElseThrow();
    assertThat(d.signature()).isEqualTo("order((string,uint256[]))");
    assertThat(d.args().get(0).value()).isEqualTo("(Zoë, [1, 2])");
    assertThat(d.source()).isEqualTo("abi");
  }

  @Test
  void dataThatDoesNotFitIsNotGuessed() {
    assertThat(decoder.decodeInput(token, HexBytes.decode("0xa9059cbb0000"))).isEmpty();
    byte[] notAnAddress = HexBytes.decode("0xa9059cbb" + "ff".repeat(32) + "00".repeat(32));
    assertThat(decoder.decodeInput(token, notAnAddress)).isEmpty();
    assertThat(decoder.decodeInput(token, HexBytes.decode("0xdeadbeef"))).isEmpty();
    assertThatThrownBy(() -> AbiParser.json("{\"x\":1}")).hasMessageContaining("array");
    assertThatThrownBy(() -> AbiParser.declaration("constructor()"))
        .hasMessageContaining("not a function");
  }
}
