package io.abacus.wallet.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.signing.Signature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

class MessageSigningTest {
  static final byte[] COW_KEY = Hash.sha3("cow".getBytes(StandardCharsets.UTF_8));

  @Test
  void eip712SpecMailExample() throws IOException {
    TypedData mail = TypedData.parse(resource("mail.json"));
    assertThat(mail.primaryType()).isEqualTo("Mail");
    assertThat(mail.digest().toHex())
        .isEqualTo("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2");
    try (PrivateKeySigner cow = PrivateKeySigner.of(COW_KEY)) {
      assertThat(cow.address())
          .isEqualTo(Address.parse("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"));
      Signature sig = mail.sign(cow);
      assertThat(sig.toHex())
          .isEqualTo(
              "0x4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d"
                  + "07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b91562"
                  + "1c");
      assertThat(mail.recover(sig)).isEqualTo(cow.address());
    }
  }

  @Test
  void nestedStructArraysAndFixedArraysHashAndRecover() throws IOException {
    String json = resource("nested-arrays.json");
    TypedData group = TypedData.parse(json);
    TypedData changed = TypedData.parse(json.replace("\"Bo\"", "\"Bob\""));
    assertThat(changed.digest()).isNotEqualTo(group.digest());
    try (PrivateKeySigner cow = PrivateKeySigner.of(COW_KEY)) {
      assertThat(group.recover(group.sign(cow))).isEqualTo(cow.address());
      assertThat(changed.recover(group.sign(cow))).isNotEqualTo(cow.address());
    }
  }

  @Test
  void personalSignMatchesWeb3jForTextAndBytes() {
    byte[] text = "Invoice 2024-17 paid".getBytes(StandardCharsets.UTF_8);
    byte[] raw = HexFormat.of().parseHex("00ff10deadbeef");
    try (PrivateKeySigner cow = PrivateKeySigner.of(COW_KEY)) {
      for (byte[] message : new byte[][] {text, raw, new byte[0]}) {
        Signature ours = PersonalMessage.sign(cow, message);
        Sign.SignatureData theirs =
            Sign.signPrefixedMessage(
                message, Credentials.create(HexFormat.of().formatHex(COW_KEY)).getEcKeyPair());
        assertThat(ours.r()).isEqualTo(theirs.getR());
        assertThat(ours.s()).isEqualTo(theirs.getS());
        assertThat((byte) (27 + ours.recoveryId())).isEqualTo(theirs.getV()[0]);
        assertThat(PersonalMessage.recover(message, ours)).isEqualTo(cow.address());
      }
    }
  }

  @Test
  void typedDataErrorsAreSpecific() {
    assertThatThrownBy(() -> TypedData.parse("{"))
        .isInstanceOf(InvalidTypedDataException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> TypedData.parse("{\"types\":{}}"))
        .isInstanceOf(InvalidTypedDataException.class)
        .hasMessageContaining("lacks 'primaryType'");
    assertThatThrownBy(
            () ->
                TypedData.parse(
                    "{\"types\":{\"EIP712Domain\":[]},\"primaryType\":\"Mail\",\"domain\":{},\"message\":{}}"))
        .hasMessageContaining("primaryType 'Mail' is not defined");
  }

  @Test
  void hostileTypeNamesAreRejectedQuicklyNotBacktrackedForever() throws IOException {
    String hostile =
        resource("mail.json")
            .replace("\"type\": \"Person\"}", "\"type\": \"uint256[" + "1".repeat(40) + "x\"}");
    assertThat(hostile).contains("1111111111x");
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertThatThrownBy(() -> TypedData.parse(hostile))
                .isInstanceOf(InvalidTypedDataException.class)
                .hasMessageContaining("is not a type name"));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = MessageSigningTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
