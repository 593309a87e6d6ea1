package io.abacus.wallet.signing;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.hash.Keccak256;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Sign;

/** secp256k1 helpers shared by signers and verifiers. */
public final class Secp256k1 {
  private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");

  /** The curve's domain parameters. */
  public static final ECDomainParameters CURVE =
      new ECDomainParameters(PARAMS.getCurve(), PARAMS.getG(), PARAMS.getN(), PARAMS.getH());

  /** Half the group order: the largest allowed {@code s} (EIP-2). */
  public static final BigInteger HALF_N = CURVE.getN().shiftRight(1);

  private Secp256k1() {}

  /**
   * The uncompressed public key (64 bytes, x || y, no 0x04 prefix) of a 32-byte private key.
   *
   * @throws IllegalArgumentException if the key is not a valid scalar (0 or at least n)
   */
  public static byte[] publicKey(byte[] privateKey) {
    BigInteger d = scalar(privateKey);
    ECPoint point = new FixedPointCombMultiplier().multiply(CURVE.getG(), d).normalize();
    byte[] encoded = point.getEncoded(false);
    return Arrays.copyOfRange(encoded, 1, 65);
  }

  /** The address of a 64-byte uncompressed public key: the last 20 bytes of its Keccak-256. */
  public static Address addressOf(byte[] publicKey64) {
    byte[] hash = Keccak256.hash(publicKey64);
    return Address.of(Arrays.copyOfRange(hash, 12, 32));
  }

  /**
   * Recovers the signer's address from a digest and signature.
   *
   * @throws IllegalArgumentException if no public key can be recovered
   */
  public static Address recover(byte[] digest, Signature signature) {
    BigInteger key =
        Sign.recoverFromSignature(
            signature.recoveryId(),
            new ECDSASignature(signature.rValue(), signature.sValue()),
            digest);
    if (key == null) {
      throw new IllegalArgumentException("no signer can be recovered from this signature");
    }
    byte[] raw = key.toByteArray();
    byte[] pub = new byte[64];
    int len = Math.min(raw.length, 64);
    System.arraycopy(raw, raw.length - len, pub, 64 - len, len);
    return addressOf(pub);
  }

  /** The private key as a scalar, checked to be in [1, n-1]. */
  static BigInteger scalar(byte[] privateKey) {
    if (privateKey.length != 32) {
      throw new IllegalArgumentException("a private key has 32 bytes, not " + privateKey.length);
    }
    BigInteger d = new BigInteger(1, privateKey);
    if (d.signum() == 0 || d.compareTo(CURVE.getN()) >= 0) {
      throw new IllegalArgumentException("not a valid secp256k1 private key");
    }
    return d;
  }
}
