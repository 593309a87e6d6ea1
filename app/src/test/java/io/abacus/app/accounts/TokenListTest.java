package io.abacus.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.app.settings.NetworkPresets;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenListTest {
  @TempDir Path data;
  private static final Address TUSD = Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");

  private static Network preset(String id) {
    return NetworkPresets.load().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void ethereumShipsWithTheWellKnownStablecoins() throws IOException {
    assertThat(new TokenList(data, Optional::empty).tokens(preset("ethereum")))
        .extracting(Token::symbol, t -> t.address().toString(), Token::decimals)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "USDC", "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", 6),
            org.assertj.core.groups.Tuple.tuple(
                "USDT", "0xdAC17F958D2ee523a2206206994597C13D831ec7", 6),
            org.assertj.core.groups.Tuple.tuple(
                "DAI", "0x6B175474E89094C44Da98b954EedeAC495271d0F", 18));
  }

  @Test
  void theSandboxGetsItsTestUsdAndOtherNetworksDoNot() throws IOException {
    TokenList list = new TokenList(data, () -> Optional.of(TUSD));
    assertThat(list.tokens(preset("sandbox"))).containsExactly(new Token(TUSD, "TUSD", 6));
    assertThat(list.tokens(preset("local"))).isEmpty();
  }

  @Test
  void addedTokensArePerNetworkReplacedByAddressAndSurviveARestart() throws IOException {
    TokenList list = new TokenList(data, Optional::empty);
    list.add(preset("local"), new Token(TUSD, "OLD", 2));
    list.add(preset("local"), new Token(TUSD, "TUSD", 6));
    assertThat(new TokenList(data, Optional::empty).tokens(preset("local")))
        .containsExactly(new Token(TUSD, "TUSD", 6));
    assertThat(list.tokens(preset("sepolia"))).extracting(Token::symbol).containsExactly("USDC");
    String json = Files.readString(data.resolve("tokens/local.json"), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"version\" : 1")
        .contains("0x5FbDB2315678afecb367f032d93F642f64180aa3");
  }

  @Test
  void aDamagedFileIsReportedNotSilentlyDropped() throws IOException {
    Files.createDirectories(data.resolve("tokens"));
    Files.writeString(data.resolve("tokens/local.json"), "{\"version\":9,\"tokens\":[]}");
    assertThatThrownBy(() -> new TokenList(data, Optional::empty).tokens(preset("local")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("version");
  }

  @Test
  void symbolsDecodeAsAbiStringsOrBytes32() {
    byte[] abi = new byte[96];
    abi[31] = 32;
    abi[63] = 4;
    System.arraycopy("USDC".getBytes(StandardCharsets.UTF_8), 0, abi, 64, 4);
    assertThat(ChainReader.decodeSymbol(abi)).isEqualTo("USDC");
    byte[] b32 = new byte[32];
    System.arraycopy("MKR".getBytes(StandardCharsets.UTF_8), 0, b32, 0, 3);
    assertThat(ChainReader.decodeSymbol(b32)).isEqualTo("MKR");
    abi[63] = 100;
    assertThatThrownBy(() -> ChainReader.decodeSymbol(abi))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
