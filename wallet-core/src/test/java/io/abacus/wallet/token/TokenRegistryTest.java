package io.abacus.wallet.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenRegistryTest {
  static final Address USDC = Address.parse("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48");
  static final Address TUSD = Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
  static final Address DMD = Address.parse("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
  @TempDir Path data;

  static Network network(String id, long chainId) {
    return new Network(id, id, chainId, "", "ETH", 18, null, Network.Kind.CUSTOM, true);
  }

  TokenRegistry registry(TokenSource extra) {
    return TokenRegistry.of(
        new BundledTokens(getClass().getClassLoader()),
        extra,
        AddedTokens.inDataDirectory(data),
        TokenSource.NONE);
  }

  @Test
  void bundledThenExtraThenAddedWithoutDuplicates() throws IOException {
    Network net = network("testnet", 5);
    TokenRegistry r = registry(n -> List.of(new Token(TUSD, "TUSD", "Test USD", 6)));
    r.add(net, new Token(USDC, "FAKE", 2));
    r.add(net, new Token(DMD, "DMD", 18));
    assertThat(r.tokens(net)).extracting(Token::symbol).containsExactly("USDC", "TUSD", "DMD");
    assertThat(r.find(net, DMD)).contains(new Token(DMD, "DMD", 18));
    assertThat(r.tokens(network("other", 5))).extracting(Token::symbol).containsExactly("TUSD");
  }

  @Test
  void addingAgainReplacesAndSurvivesARestart() throws IOException {
    Network net = network("local", 31337);
    registry(TokenSource.NONE).add(net, new Token(DMD, "OLD", 2));
    registry(TokenSource.NONE).add(net, new Token(DMD, "DMD", "Demo Dollar", 18));
    assertThat(registry(TokenSource.NONE).tokens(net))
        .containsExactly(new Token(DMD, "DMD", "Demo Dollar", 18));
  }

  /** As the Accounts page of the previous version wrote it (TokenList.add). */
  static final String ACCOUNTS_FILE =
      """
      {
        "version" : 1,
        "chainId" : 31337,
        "tokens" : [ {
          "address" : "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
          "symbol" : "EURX",
          "decimals" : 18
        } ]
      }""";

  /** As the Send page of the previous version wrote it (KnownTokens.add via JsonListFile). */
  static final String SEND_FILE =
      """
      {
        "version" : 1,
        "items" : [ {
          "chainId" : 31337,
          "address" : "0x5FbDB2315678afecb367f032d93F642f64180aa3",
          "symbol" : "TUSD",
          "decimals" : 6
        }, {
          "chainId" : 31337,
          "address" : "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
          "symbol" : "EURX",
          "decimals" : 18
        }, {
          "chainId" : 11155111,
          "address" : "0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238",
          "symbol" : "USDC",
          "decimals" : 6
        } ]
      }""";

  @Test
  void filesOfThePreviousVersionAreMigratedNothingLost() throws IOException {
    write("tokens/local.json", ACCOUNTS_FILE);
    write("payments/tokens.json", SEND_FILE);
    Network local = network("local", 31337);
    Network sepolia = network("sepolia", 11155111);

    assertThat(registry(TokenSource.NONE).tokens(local))
        .containsExactly(new Token(DMD, "EURX", 18), new Token(TUSD, "TUSD", 6));
    assertThat(registry(TokenSource.NONE).tokens(sepolia))
        .extracting(t -> t.address().toString(), Token::symbol, Token::decimals)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238", "USDC", 6));
    // Each network's file now holds them and says the old list was imported; that list stays.
    String migrated = Files.readString(data.resolve("tokens/local.json"));
    assertThat(migrated).contains("TUSD", "EURX", "\"imported\"");
    assertThat(Files.readString(data.resolve("payments/tokens.json"))).isEqualTo(SEND_FILE);
  }

  @Test
  void theOldSendListIsImportedOnceSoItCannotOverrideLaterChanges() throws IOException {
    write("payments/tokens.json", SEND_FILE);
    Network local = network("local", 31337);
    TokenRegistry r = registry(TokenSource.NONE);
    r.add(local, new Token(TUSD, "TUSD", "Test USD", 6));
    assertThat(registry(TokenSource.NONE).tokens(local))
        .containsExactly(new Token(DMD, "EURX", 18), new Token(TUSD, "TUSD", "Test USD", 6));
  }

  @Test
  void aListOfAnUnknownVersionIsAnErrorNotAnEmptyList() throws IOException {
    write("tokens/local.json", "{\"version\":9,\"tokens\":[]}");
    assertThatThrownBy(() -> registry(TokenSource.NONE).tokens(network("local", 31337)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("version 9");
  }

  @Test
  void symbolsAndNamesAreCleanedAndCut() {
    Token t = new Token(DMD, " A\u0007BCDEFGHIJKLMNOPQRSTUVWXYZ", "\n" + "n".repeat(100), 0);
    assertThat(t.symbol()).isEqualTo("ABCDEFGHIJKLMNOP");
    assertThat(t.name()).hasSize(Token.MAX_NAME);
    assertThat(new Token(DMD, " ", 0).symbol()).isEqualTo("?");
    assertThatThrownBy(() -> new Token(DMD, "X", 37)).isInstanceOf(IllegalArgumentException.class);
  }

  private void write(String relative, String text) throws IOException {
    Path file = data.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
