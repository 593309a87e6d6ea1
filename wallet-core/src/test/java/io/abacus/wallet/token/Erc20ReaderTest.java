package io.abacus.wallet.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Utf8String;

@WithAnvil
class Erc20ReaderTest {
  @TempDir Path data;

  /** Answers {@code decimals()} with 18 and every other call with the bytes32 "MKR". */
  static final String BYTES32_TOKEN =
      "0x60003560e01c8063313ce56714603957"
          + "7f"
          + "4d4b52"
          + "00".repeat(29)
          + "60005260206000f35b601260005260206000f3";

  @Test
  void readsAnOpenZeppelinTokenAndItsBalancesAndAddsItToTheRegistry(Anvil anvil) throws Exception {
    NodeClient node = new NodeClient(HttpJsonRpcTransport.of(anvil.rpcUrl()), RetryPolicy.none());
    String args =
        FunctionEncoder.encodeConstructor(
            List.of(new Utf8String("Demo Dollar"), new Utf8String("DMD")));
    Address token =
        Address.parse(
            Contracts.deploy(
                anvil, anvil.account(3), Contracts.openZeppelin("ERC20PresetMinterPauser"), args));
    Erc20Reader reader = new Erc20Reader(node);
    assertThat(reader.describe(token)).contains(new Token(token, "DMD", "Demo Dollar", 18));
    Address owner = Address.parse(anvil.account(1).address());
    assertThat(reader.balance(token, owner, "latest")).isEqualTo(BigInteger.ZERO);

    Network net = TokenRegistryTest.network("anvil", anvil.chainId());
    TokenRegistry registry =
        TokenRegistry.of(
            new BundledTokens(getClass().getClassLoader()),
            TokenSource.NONE,
            AddedTokens.inDataDirectory(data),
            TokenSource.NONE);
    assertThat(registry.addFromChain(net, node, owner)).isEmpty();
    assertThat(registry.addFromChain(net, node, token)).isPresent();
    assertThat(registry.tokens(net)).extracting(Token::symbol).containsExactly("DMD");
  }

  @Test
  void readsAnOldBytes32SymbolAndRefusesWhatIsNoToken(Anvil anvil) {
    NodeClient node = new NodeClient(HttpJsonRpcTransport.of(anvil.rpcUrl()), RetryPolicy.none());
    Address old = Address.parse("0x00000000000000000000000000000000000a11ce");
    anvil.call("anvil_setCode", old.toLowerHex(), BYTES32_TOKEN);
    Erc20Reader reader = new Erc20Reader(node);
    assertThat(reader.describe(old)).contains(new Token(old, "MKR", "MKR", 18));

    Address person = Address.parse(anvil.account(2).address());
    assertThat(reader.describe(person)).isEmpty();
    assertThatThrownBy(() -> reader.balance(person, person, "latest"))
        .isInstanceOf(NotAnErc20Exception.class)
        .hasMessageContaining("does not look like an ERC-20 token");
  }

  /** Answers every call with 32 bytes of 0xff: 2^256-1 decimals, a symbol of nonsense. */
  static final String LIAR = "0x7f" + "ff".repeat(32) + "60005260206000f3";

  /** Reverts every call. */
  static final String REVERTER = "0x60006000fd";

  @Test
  void readsManyContractsInOneBatchAndAFailingOrLyingOneSpoilsNoOther(Anvil anvil) {
    NodeClient node = new NodeClient(HttpJsonRpcTransport.of(anvil.rpcUrl()), RetryPolicy.none());
    Address token =
        Address.parse(
            Contracts.deploy(
                anvil,
                anvil.account(3),
                Contracts.openZeppelin("ERC20PresetMinterPauser"),
                FunctionEncoder.encodeConstructor(
                    List.of(new Utf8String("Demo Dollar"), new Utf8String("DMD")))));
    Address old = Address.parse("0x00000000000000000000000000000000000a11ce");
    Address liar = Address.parse("0x00000000000000000000000000000000000b0b00");
    Address reverter = Address.parse("0x00000000000000000000000000000000000c0c00");
    anvil.call("anvil_setCode", old.toLowerHex(), BYTES32_TOKEN);
    anvil.call("anvil_setCode", liar.toLowerHex(), LIAR);
    anvil.call("anvil_setCode", reverter.toLowerHex(), REVERTER);
    Address person = Address.parse(anvil.account(2).address());

    var read = new Erc20Reader(node).describeAll(List.of(token, liar, old, reverter, person));

    assertThat(read.keySet()).containsExactly(token, liar, old, reverter, person);
    assertThat(read.get(token)).contains(new Token(token, "DMD", "Demo Dollar", 18));
    assertThat(read.get(old)).contains(new Token(old, "MKR", "MKR", 18));
    assertThat(read.get(liar)).isEmpty();
    assertThat(read.get(reverter)).isEmpty();
    assertThat(read.get(person)).isEmpty();
  }

  @Test
  void decodesAbiStringsAndBytes32WithinTheirBounds() {
    byte[] abi =
        HexFormat.of()
            .parseHex(
                "0000000000000000000000000000000000000000000000000000000000000020"
                    + "0000000000000000000000000000000000000000000000000000000000000004"
                    + "5553444300000000000000000000000000000000000000000000000000000000");
    assertThat(Erc20Reader.decodeText(abi)).contains("USDC");
    byte[] b32 = Arrays.copyOf("MKR".getBytes(StandardCharsets.US_ASCII), 32);
    assertThat(Erc20Reader.decodeText(b32)).contains("MKR");
    abi[63] = 99; // a length past the end
    assertThat(Erc20Reader.decodeText(abi)).isEmpty();
    abi[31] = (byte) 0xff; // an offset past the end
    assertThat(Erc20Reader.decodeText(abi)).isEmpty();
    assertThat(Erc20Reader.decodeText(new byte[5])).isEmpty();
  }
}
