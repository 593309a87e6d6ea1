package io.abacus.wallet.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.signing.Secp256k1;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Passwords in either Unicode form, and files that try to make decryption hang or crash. */
class KeystoreHostileTest {

  /** Loads the JSON, crypto and keystore classes once, so the timings below measure the files. */
  @org.junit.jupiter.api.BeforeAll
  static void warmUp() throws IOException {
    Keystore.decrypt(KeystoreTest.fixture("geth-very-light-scrypt.json"), new byte[0]).close();
  }

  @org.junit.jupiter.api.Test
  void anEthersFileWithADecomposedPasswordOpensWithThePasswordAsTyped() throws IOException {
    String json = KeystoreTest.fixture("ethers-nfkc-password.json");
    for (String typed : new String[] {"cafe\u0301 cre\u0300me", "café crème"}) {
      try (SecretBytes key = Keystore.decrypt(json, typed.getBytes(StandardCharsets.UTF_8))) {
        Address opened = key.apply(k -> Secp256k1.addressOf(Secp256k1.publicKey(k)));
        assertThat(opened).isEqualTo(Address.parse("0x19E7E376E7C213B7E7e7e46cc70A5dD086DAff2A"));
      }
    }
  }

  @org.junit.jupiter.api.Test
  void abacusWritesThePasswordBytesAsGivenAsGethDoes() {
    String decomposed = "cafe\u0301";
    byte[] key = new byte[32];
    key[31] = 7;
    String json =
        new Keystore(new SecureRandom())
            .encrypt(
                key,
                decomposed.getBytes(StandardCharsets.UTF_8),
                new KeystoreKdf.Scrypt(1 << 10, 8, 1));
    byte[] composed =
        Normalizer.normalize(decomposed, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    try (SecretBytes opened = Keystore.decrypt(json, decomposed.getBytes(StandardCharsets.UTF_8))) {
      assertThat(opened.copy()).isEqualTo(key);
    }
    assertThatThrownBy(() -> Keystore.decrypt(json, composed))
        .isInstanceOfSatisfying(
            KeystoreException.class,
            e -> assertThat(e.reason()).isEqualTo(KeystoreException.Reason.WRONG_PASSWORD));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pbkdf2 c=10^8|\"kdf\":\"pbkdf2\",\"kdfparams\":{\"c\":100000000,\"dklen\":32,"
            + "\"prf\":\"hmac-sha256\",\"salt\":\"00\"}|pbkdf2 round count 100000000 is above",
        "scrypt p=10^6|\"kdf\":\"scrypt\",\"kdfparams\":{\"n\":1024,\"r\":8,\"p\":1000000,"
            + "\"dklen\":32,\"salt\":\"00\"}|scrypt parameters n=1024 r=8 p=1000000 are above",
        "scrypt n=2^30|\"kdf\":\"scrypt\",\"kdfparams\":{\"n\":1073741824,\"r\":1,\"p\":1,"
            + "\"dklen\":32,\"salt\":\"00\"}|scrypt parameters n=1073741824 r=1 p=1 are above",
        "scrypt n=1e30|\"kdf\":\"scrypt\",\"kdfparams\":{\"n\":1000000000000000000000000000000,"
            + "\"r\":1,\"p\":1,\"dklen\":32,\"salt\":\"00\"}|keystore 'n' is far above",
        "dklen=1e20|\"kdf\":\"scrypt\",\"kdfparams\":{\"n\":1024,\"r\":8,\"p\":1,"
            + "\"dklen\":100000000000000000000,\"salt\":\"00\"}|keystore dklen must be 32 to 64",
        "scrypt p=-1|\"kdf\":\"scrypt\",\"kdfparams\":{\"n\":1024,\"r\":8,\"p\":-1,"
            + "\"dklen\":32,\"salt\":\"00\"}|scrypt r and p must be at least 1",
      })
  void costlyOrNonsenseKdfParametersAreRefusedAtOnceInOneLine(
      String label, String kdf, String message) {
    String json =
        "{\"version\":3,\"address\":\"\",\"crypto\":{\"cipher\":\"aes-128-ctr\","
            + "\"cipherparams\":{\"iv\":\"00000000000000000000000000000000\"},"
            + "\"ciphertext\":\""
            + "00".repeat(32)
            + "\",\"mac\":\""
            + "00".repeat(32)
            + "\","
            + kdf
            + "}}";
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () ->
            assertThatThrownBy(() -> Keystore.decrypt(json, new byte[] {'x'}))
                .isInstanceOf(KeystoreException.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("-"));
  }

  @org.junit.jupiter.api.Test
  void anOversizedFileIsRefusedByItsSize() {
    String huge = "{\"version\":3,\"pad\":\"" + "a".repeat(100_000_000) + "\"}";
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () ->
            assertThatThrownBy(() -> Keystore.decrypt(huge, new byte[] {'x'}))
                .isInstanceOf(KeystoreException.class)
                .hasMessage("not a keystore file: larger than the limit of 64 KiB"));
  }
}
