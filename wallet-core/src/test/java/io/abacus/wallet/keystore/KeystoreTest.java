package io.abacus.wallet.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.signing.Secp256k1;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeystoreTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final String SPEC_KEY =
      "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";

  static String fixture(String name) throws IOException {
    try (InputStream in = KeystoreTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Address addressOf(SecretBytes key) {
    return key.apply(k -> Secp256k1.addressOf(Secp256k1.publicKey(k)));
  }

  private static byte[] pw(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void specPbkdf2Example() throws IOException {
    try (SecretBytes key = Keystore.decrypt(fixture("spec-pbkdf2.json"), pw("testpassword"))) {
      assertThat(HEX.formatHex(key.copy())).isEqualTo(SPEC_KEY);
    }
  }

  @Test
  void specScryptExample() throws IOException {
    try (SecretBytes key = Keystore.decrypt(fixture("spec-scrypt.json"), pw("testpassword"))) {
      assertThat(HEX.formatHex(key.copy())).isEqualTo(SPEC_KEY);
      assertThat(addressOf(key))
          .isEqualTo(Address.parse("0x008aeeda4d805471df9b2a5b0f38a0c3bcba786b"));
    }
  }

  @Test
  void gethFilesOpen() throws IOException {
    try (SecretBytes key = Keystore.decrypt(fixture("geth-aaa.json"), pw("foobar"))) {
      assertThat(addressOf(key))
          .isEqualTo(Address.parse("0xf466859ead1932d743d622cb74fc058882e8648a"));
    }
    try (SecretBytes key = Keystore.decrypt(fixture("geth-very-light-scrypt.json"), pw(""))) {
      assertThat(addressOf(key))
          .isEqualTo(Address.parse("0x45dea0fb0bba44f4fcf290bba71fd57d7117cbb8"));
    }
  }

  @Test
  void acceptsCapitalCrypto() throws IOException {
    try (SecretBytes key = Keystore.decrypt(fixture("capital-crypto.json"), pw("test"))) {
      assertThat(addressOf(key))
          .isEqualTo(Address.parse("0x143f8913e0417997304fc179b531ff4cb9cab582"));
    }
  }

  @Test
  void wrongPasswordSaysSo() throws IOException {
    assertThatThrownBy(() -> Keystore.decrypt(fixture("geth-aaa.json"), pw("foobaz")))
        .isInstanceOfSatisfying(
            KeystoreException.class,
            e -> assertThat(e.reason()).isEqualTo(KeystoreException.Reason.WRONG_PASSWORD))
        .hasMessageContaining("wrong password");
  }

  @Test
  void tamperedCiphertextOrAddressIsRefused() throws IOException {
    String good = fixture("geth-aaa.json");
    String flipped = good.replace("cb664472de", "cb664472df");
    assertThatThrownBy(() -> Keystore.decrypt(flipped, pw("foobar")))
        .isInstanceOf(KeystoreException.class)
        .hasMessageContaining("MAC");
    String otherAddress =
        good.replace(
            "f466859ead1932d743d622cb74fc058882e8648a", "0000000000000000000000000000000000000001");
    assertThatThrownBy(() -> Keystore.decrypt(otherAddress, pw("foobar")))
        .isInstanceOfSatisfying(
            KeystoreException.class,
            e -> assertThat(e.reason()).isEqualTo(KeystoreException.Reason.TAMPERED));
  }

  @Test
  void malformedFilesGetSpecificErrors() {
    assertThatThrownBy(() -> Keystore.decrypt("not json", pw("x")))
        .hasMessageContaining("invalid JSON");
    assertThatThrownBy(() -> Keystore.decrypt("{\"version\":3}", pw("x")))
        .hasMessageContaining("no crypto section");
    assertThatThrownBy(() -> Keystore.decrypt("{\"version\":1,\"crypto\":{}}", pw("x")))
        .hasMessageContaining("version 3");
  }

  @Test
  void roundTripsWithBothKdfsAndNeverLeaksTheKey() {
    Keystore keystore = new Keystore(new SecureRandom());
    byte[] key = HEX.parseHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    // The round trip proves encrypt/decrypt symmetry, not the KDF's cost: the spec vectors above
    // run scrypt and PBKDF2 at full cost. n = 2^8 with p = 2 keeps the parallel-lanes path (LIGHT's
    // n = 2^12, p = 6 cost 1 s of CPU here for the same proof).
    for (KeystoreKdf kdf :
        new KeystoreKdf[] {new KeystoreKdf.Scrypt(1 << 8, 8, 2), new KeystoreKdf.Pbkdf2(4096)}) {
      String json = keystore.encrypt(key, pw("pässword"), kdf);
      assertThat(json).doesNotContain("ac0974bec39a17e36ba4a6b4d2").contains("\"version\" : 3");
      assertThat(json).contains("f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
      try (SecretBytes back = Keystore.decrypt(json, pw("pässword"))) {
        assertThat(back.copy()).isEqualTo(key);
      }
    }
  }
}
