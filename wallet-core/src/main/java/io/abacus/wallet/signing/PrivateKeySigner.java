package io.abacus.wallet.signing;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.secret.SecretBytes;
import java.math.BigInteger;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * A software signer over a 32-byte private key kept as wipeable bytes. {@link #close()} wipes the
 * key; the scalar exists as a {@link BigInteger} only for the moment of signing (Bouncy Castle
 * needs it), never as a field.
 */
public final class PrivateKeySigner implements Signer, AutoCloseable {
  private final SecretBytes key;
  private final Address address;

  private PrivateKeySigner(SecretBytes key) {
    this.key = key;
    this.address = key.apply(k -> Secp256k1.addressOf(Secp256k1.publicKey(k)));
  }

  /**
   * A signer for a copy of {@code privateKey}; the caller keeps (and should wipe) its own array.
   *
   * @throws IllegalArgumentException if the key is not a valid secp256k1 private key
   */
  public static PrivateKeySigner of(byte[] privateKey) {
    Secp256k1.scalar(privateKey);
    return new PrivateKeySigner(SecretBytes.copyOf(privateKey));
  }

  /** A signer that owns {@code key}; closing the signer wipes it. */
  public static PrivateKeySigner owning(SecretBytes key) {
    key.apply(Secp256k1::scalar);
    return new PrivateKeySigner(key);
  }

  @Override
  public Address address() {
    return address;
  }

  @Override
  public Signature signDigest(byte[] digest) {
    if (digest.length != 32) {
      throw new IllegalArgumentException("a digest has 32 bytes, not " + digest.length);
    }
    BigInteger[] rs =
        key.apply(
            k -> {
              ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
              signer.init(true, new ECPrivateKeyParameters(Secp256k1.scalar(k), Secp256k1.CURVE));
              return signer.generateSignature(digest);
            });
    BigInteger r = rs[0];
    BigInteger s =
        rs[1].compareTo(Secp256k1.HALF_N) > 0 ? Secp256k1.CURVE.getN().subtract(rs[1]) : rs[1];
    for (int recId = 0; recId < 2; recId++) {
      Signature candidate = Signature.of(r, s, recId);
      try {
        if (Secp256k1.recover(digest, candidate).equals(address)) {
          return candidate;
        }
      } catch (IllegalArgumentException notThisOne) {
        // try the other parity
      }
    }
    throw new IllegalStateException("could not compute the recovery id");
  }

  /** Wipes the key; the signer cannot sign afterwards. */
  @Override
  public void close() {
    key.close();
  }

  @Override
  public String toString() {
    return "PrivateKeySigner[" + address + "]";
  }
}
