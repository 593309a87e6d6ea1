package io.abacus.wallet.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

class PrivateKeySignerTest {
  private static final byte[] DEV_KEY_0 =
      HexFormat.of().parseHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

  @Test
  void derivesTheAddressOfTheKey() {
    try (PrivateKeySigner signer = PrivateKeySigner.of(DEV_KEY_0)) {
      assertThat(signer.address().toString())
          .isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
      assertThat(signer.toString()).doesNotContain("ac0974bec39a17e3");
    }
  }

  @Test
  void signatureMatchesWeb3jsDeterministicSignature() {
    byte[] digest = Hash.sha3("Abacus".getBytes(StandardCharsets.UTF_8));
    Sign.SignatureData expected =
        Sign.signMessage(digest, ECKeyPair.create(new BigInteger(1, DEV_KEY_0)), false);
    try (PrivateKeySigner signer = PrivateKeySigner.of(DEV_KEY_0)) {
      Signature sig = signer.signDigest(digest);
      assertThat(sig.r()).isEqualTo(expected.getR());
      assertThat(sig.s()).isEqualTo(expected.getS());
      assertThat(27 + sig.recoveryId()).isEqualTo(expected.getV()[0] & 0xff);
      assertThat(signer.signDigest(digest)).isEqualTo(sig);
    }
  }

  @Property(tries = 50)
  void signaturesAreLowSAndRecoverTheSigner(@ForAll @Size(32) byte[] digest) {
    try (PrivateKeySigner signer = PrivateKeySigner.of(DEV_KEY_0)) {
      Signature sig = signer.signDigest(digest);
      assertThat(sig.sValue()).isLessThanOrEqualTo(Secp256k1.HALF_N);
      assertThat(Secp256k1.recover(digest, sig)).isEqualTo(signer.address());
      assertThat(Signature.fromBytes65(sig.toBytes65())).isEqualTo(sig);
    }
  }

  @Test
  void closedSignerRefusesToSign() {
    PrivateKeySigner signer = PrivateKeySigner.of(DEV_KEY_0);
    signer.close();
    assertThatThrownBy(() -> signer.signDigest(new byte[32]))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void invalidKeysAndDigestsAreRefused() {
    assertThatThrownBy(() -> PrivateKeySigner.of(new byte[32]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrivateKeySigner.of(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] n = Secp256k1.CURVE.getN().toByteArray();
    assertThatThrownBy(
            () -> PrivateKeySigner.of(java.util.Arrays.copyOfRange(n, n.length - 32, n.length)))
        .isInstanceOf(IllegalArgumentException.class);
    try (PrivateKeySigner signer = PrivateKeySigner.of(DEV_KEY_0)) {
      assertThatThrownBy(() -> signer.signDigest(new byte[31]))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theHighSTwinOfAValidSignatureIsRefusedAsEthersRefusesIt() {
    byte[] digest = Hash.sha3("Abacus".getBytes(StandardCharsets.UTF_8));
    try (PrivateKeySigner signer = PrivateKeySigner.of(DEV_KEY_0)) {
      byte[] rsv = signer.signDigest(digest).toBytes65();
      BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(rsv, 32, 64));
      byte[] twin = Secp256k1.CURVE.getN().subtract(s).toByteArray();
      System.arraycopy(twin, twin.length - 32, rsv, 32, 32);
      rsv[64] = (byte) (rsv[64] == 27 ? 28 : 27);
      assertThatThrownBy(() -> Signature.fromBytes65(rsv))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("the signature has a high s value");
    }
  }
}
