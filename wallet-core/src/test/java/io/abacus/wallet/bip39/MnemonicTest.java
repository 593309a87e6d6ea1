package io.abacus.wallet.bip39;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.testkit.ThreadCost;
import io.abacus.wallet.hd.ExtendedPrivateKey;
import io.abacus.wallet.secret.SecretBytes;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MnemonicTest {
  private static final HexFormat HEX = HexFormat.of();

  static Stream<JsonNode> vectors() throws Exception {
    try (InputStream in = MnemonicTest.class.getResourceAsStream("vectors.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<JsonNode> list = new ArrayList<>();
      root.get("english").forEach(list::add);
      assertThat(list).hasSize(24);
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void publishedEnglishVectorsWithPassphraseTrezor(JsonNode v) {
    byte[] entropy = HEX.parseHex(v.get(0).asText());
    String phrase = v.get(1).asText();
    try (Mnemonic fromEntropy = Mnemonic.fromEntropy(entropy, Wordlist.english());
        Mnemonic parsed = Mnemonic.parse(phrase)) {
      assertThat(new String(fromEntropy.phrase())).isEqualTo(phrase);
      assertThat(parsed.entropy()).isEqualTo(entropy);
      try (SecretBytes seed = parsed.toSeed("TREZOR".toCharArray());
          ExtendedPrivateKey root = ExtendedPrivateKey.fromSeed(seed.copy())) {
        assertThat(HEX.formatHex(seed.copy())).isEqualTo(v.get(2).asText());
        assertThat(root.serializePrivate()).isEqualTo(v.get(3).asText());
      }
    }
  }

  @Test
  void whitespaceAndCaseAreNormalised() {
    String messy =
        "  ABANDON abandon\tabandon\n abandon abandon  abandon abandon abandon abandon"
            + " abandon abandon About \n";
    try (Mnemonic m = Mnemonic.parse(messy)) {
      assertThat(new String(m.phrase()))
          .isEqualTo(
              "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
                  + " about");
    }
  }

  @Test
  void unknownWordIsNamedWithClosestWords() {
    String phrase =
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandn"
            + " abandon about";
    assertThatThrownBy(() -> Mnemonic.parse(phrase))
        .isInstanceOfSatisfying(
            UnknownWordException.class,
            e -> {
              assertThat(e.word()).isEqualTo("abandn");
              assertThat(e.position()).isEqualTo(10);
              assertThat(e.suggestions()).first().isEqualTo("abandon");
            })
        .hasMessageContaining("word 10 is not in the BIP39 word list")
        .hasMessageContaining("did you mean abandon")
        .hasMessageNotContaining("abandn");
  }

  @Test
  void aPhraseInAnotherBip39LanguageIsNamedAsSuchNotSpellChecked() {
    // Spanish and Japanese BIP39 test phrases (entropy 0x00...00 and 0x7f...7f)
    String spanish = "ábaco ábaco ábaco ábaco ábaco ábaco ábaco ábaco ábaco ábaco ábaco abierto";
    String japanese =
        "あいこくしん　あいこくしん　あいこくしん　あいこくしん　あいこくしん　あいこくしん" + "　あいこくしん　あいこくしん　あいこくしん　あいこくしん　あいこくしん　あおぞら";
    String italian = "abaco abaco abaco abaco abaco abaco abaco abaco abaco abaco abaco abete";
    for (String phrase : List.of(spanish, japanese, italian)) {
      assertThatThrownBy(() -> Mnemonic.parse(phrase))
          .isExactlyInstanceOf(ForeignMnemonicException.class)
          .hasMessage(
              "these are not English BIP39 words: only English recovery words are supported");
    }
  }

  @Test
  void hostileOversizedInputIsRefusedFastWithoutEchoingIt() {
    String huge = "x".repeat(100_000_000);
    // Fast = little CPU (a busy machine stretches the wall time, kept as a backstop).
    ThreadCost cost = ThreadCost.of(() -> refuseHostileInputs(huge));
    assertThat(cost.cpuMs()).as("CPU: %s", cost).isLessThan(2_000);
    assertThat(cost.wallMs()).as("wall: %s", cost).isLessThan(20_000);
  }

  private static void refuseHostileInputs(String huge) {
    assertThatThrownBy(() -> Mnemonic.parse(huge))
        .isExactlyInstanceOf(InvalidMnemonicException.class)
        .hasMessage("the recovery phrase is longer than the limit of 2048 characters");
    String word = "q".repeat(2000);
    assertThatThrownBy(() -> Mnemonic.parse(word))
        .isInstanceOf(UnknownWordException.class)
        .hasMessage("word 1 is not in the BIP39 word list");
    assertThat(Wordlist.english().closest("q".repeat(20_000), 3)).isEmpty();
  }

  @Test
  void typoSuggestsNearbyWords() {
    List<String> closest = Wordlist.english().closest("hapy", 3);
    assertThat(closest).contains("happy");
  }

  @Test
  void badChecksumHasItsOwnError() {
    String phrase =
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
            + " abandon abandon";
    assertThatThrownBy(() -> Mnemonic.parse(phrase))
        .isExactlyInstanceOf(MnemonicChecksumException.class)
        .hasMessageContaining("checksum")
        .hasMessageNotContaining("abandon");
  }

  @Test
  void wrongWordCountIsRefused() {
    assertThatThrownBy(() -> Mnemonic.parse("abandon abandon abandon"))
        .isExactlyInstanceOf(InvalidMnemonicException.class)
        .hasMessageContaining("not 3");
    assertThatThrownBy(() -> Mnemonic.parse("   "))
        .isExactlyInstanceOf(InvalidMnemonicException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void generatesTwelveAndTwentyFourWordsThatParseBack() {
    SecureRandom random = new SecureRandom();
    for (int count : new int[] {12, 24}) {
      try (Mnemonic m = Mnemonic.generate(count, random, Wordlist.english())) {
        char[] phrase = m.phrase();
        assertThat(new String(phrase).split(" ")).hasSize(count);
        try (Mnemonic back = Mnemonic.parse(new String(phrase))) {
          assertThat(back.entropy()).isEqualTo(m.entropy());
        }
      }
    }
    assertThatThrownBy(() -> Mnemonic.generate(13, random, Wordlist.english()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringRevealsNothingAndCloseWipes() {
    Mnemonic m =
        Mnemonic.parse(
            "legal winner thank year wave sausage worth useful legal winner" + " thank yellow");
    assertThat(m.toString()).doesNotContain("legal").doesNotContain("yellow").contains("12 words");
    m.close();
    assertThat(m.toString()).contains("wiped");
    assertThatThrownBy(m::phrase).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void japaneseSentenceAndPassphraseGiveTheStandardSeed() {
    // bip32JP test_JP_BIP39.json vector 1: words joined by U+3000 and a passphrase that only
    // matches after NFKD (full-width, compatibility and combining characters).
    String sentence =
        String.join("\u3000", java.util.Collections.nCopies(11, "あいこくしん")) + "\u3000あおぞら";
    try (SecretBytes seed =
        Bip39Seed.derive(sentence.toCharArray(), "㍍ガバヴァぱばぐゞちぢ十人十色".toCharArray())) {
      assertThat(HEX.formatHex(seed.copy()))
          .isEqualTo(
              "a262d6fb6122ecf45be09c50492b31f92e9beb7d9a845987a02cefda57a15f9c"
                  + "467a17872029a9e92299b5cbdf306e3a0ee620245cbd508959b6cb7ca637bd55");
    }
  }

  @Test
  void composedAndDecomposedAccentedPassphrasesGiveTheSameSeed() {
    try (Mnemonic m =
            Mnemonic.parse(
                "legal winner thank year wave sausage worth useful legal"
                    + " winner thank yellow");
        SecretBytes composed = m.toSeed("caf\u00e9 ｐａｓｓ".toCharArray());
        SecretBytes decomposed = m.toSeed("cafe\u0301 pass".toCharArray());
        SecretBytes none = m.toSeed(null)) {
      assertThat(composed.copy()).isEqualTo(decomposed.copy());
      assertThat(none.copy()).isNotEqualTo(composed.copy());
    }
  }
}
