package io.abacus.wallet.hd;

import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.signing.Secp256k1;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A BIP32 extended private key on secp256k1: a 32-byte key and 32-byte chain code, both wipeable
 * bytes (scalars exist as {@link BigInteger} only inside one derivation step). {@link #close()}
 * wipes it; {@link #toString()} shows only the depth.
 */
public final class ExtendedPrivateKey implements AutoCloseable {
  private static final byte[] MASTER_KEY =
      "Bitcoin seed".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int XPRV = 0x0488ADE4;
  private static final int XPUB = 0x0488B21E;

  private final SecretBytes key;
  private final SecretBytes chainCode;
  private final int depth;
  private final int parentFingerprint;
  private final int childNumber;

  private ExtendedPrivateKey(
      byte[] key, byte[] chainCode, int depth, int parentFingerprint, int childNumber) {
    this.key = SecretBytes.takeOwnership(key);
    this.chainCode = SecretBytes.takeOwnership(chainCode);
    this.depth = depth;
    this.parentFingerprint = parentFingerprint;
    this.childNumber = childNumber;
  }

  /**
   * The master key of a seed (16 to 64 bytes; BIP39 seeds have 64). The caller keeps its array.
   *
   * @throws IllegalArgumentException if the seed length is out of range or gives an invalid key
   */
  public static ExtendedPrivateKey fromSeed(byte[] seed) {
    if (seed.length < 16 || seed.length > 64) {
      throw new IllegalArgumentException("a BIP32 seed has 16 to 64 bytes, not " + seed.length);
    }
    byte[] i = hmacSha512(MASTER_KEY, seed);
    try {
      byte[] k = Arrays.copyOfRange(i, 0, 32);
      BigInteger scalar = new BigInteger(1, k);
      if (scalar.signum() == 0 || scalar.compareTo(Secp256k1.CURVE.getN()) >= 0) {
        SecretBytes.wipe(k);
        throw new IllegalArgumentException("this seed gives an invalid master key; use another");
      }
      return new ExtendedPrivateKey(k, Arrays.copyOfRange(i, 32, 64), 0, 0, 0);
    } finally {
      SecretBytes.wipe(i);
    }
  }

  /** The key at {@code path} below this one (usually the master key). Close it after use. */
  public ExtendedPrivateKey derive(DerivationPath path) {
    ExtendedPrivateKey current = this;
    for (int child : path.children()) {
      ExtendedPrivateKey next = current.deriveChild(child);
      if (current != this) {
        current.close();
      }
      current = next;
    }
    return current == this ? copy() : current;
  }

  /** The child with number {@code child} (hardened if {@link DerivationPath#HARDENED} is set). */
  public ExtendedPrivateKey deriveChild(int child) {
    if (depth == 255) {
      throw new InvalidPathException("a BIP32 key cannot be derived deeper than 255 levels");
    }
    byte[] k = key.copy();
    byte[] c = chainCode.copy();
    byte[] data = new byte[37];
    byte[] i = null;
    try {
      if ((child & DerivationPath.HARDENED) != 0) {
        System.arraycopy(k, 0, data, 1, 32);
      } else {
        System.arraycopy(compressedPublicKey(k), 0, data, 0, 33);
      }
      ByteBuffer.wrap(data, 33, 4).putInt(child);
      i = hmacSha512(c, data);
      BigInteger n = Secp256k1.CURVE.getN();
      BigInteger il = new BigInteger(1, Arrays.copyOfRange(i, 0, 32));
      BigInteger childKey = il.add(new BigInteger(1, k)).mod(n);
      if (il.compareTo(n) >= 0 || childKey.signum() == 0) {
        throw new IllegalStateException(
            "child " + (child & ~DerivationPath.HARDENED) + " is invalid in BIP32; use the next");
      }
      return new ExtendedPrivateKey(
          to32(childKey), Arrays.copyOfRange(i, 32, 64), depth + 1, fingerprint(k), child);
    } finally {
      SecretBytes.wipe(k);
      SecretBytes.wipe(c);
      SecretBytes.wipe(data);
      SecretBytes.wipe(i);
    }
  }

  /** A copy of the 32-byte private key; wipe it after use. */
  public byte[] privateKey() {
    return key.copy();
  }

  /** A signer over a copy of this key (close the signer to wipe it). */
  public PrivateKeySigner signer() {
    return PrivateKeySigner.owning(SecretBytes.takeOwnership(key.copy()));
  }

  public int depth() {
    return depth;
  }

  /** The Base58Check {@code xprv...} form (secret: show only on explicit export). */
  public String serializePrivate() {
    byte[] k = key.copy();
    byte[] payload = new byte[33];
    try {
      System.arraycopy(k, 0, payload, 1, 32);
      return serialize(XPRV, payload);
    } finally {
      SecretBytes.wipe(k);
      SecretBytes.wipe(payload);
    }
  }

  /** The Base58Check {@code xpub...} form. */
  public String serializePublic() {
    return key.apply(k -> serialize(XPUB, compressedPublicKey(k)));
  }

  private String serialize(int version, byte[] keyData) {
    byte[] out = new byte[78];
    ByteBuffer buf = ByteBuffer.wrap(out);
    buf.putInt(version).put((byte) depth).putInt(parentFingerprint).putInt(childNumber);
    chainCode.apply(c -> buf.put(c));
    buf.put(keyData);
    try {
      return Base58.encodeChecked(out);
    } finally {
      SecretBytes.wipe(out);
    }
  }

  private ExtendedPrivateKey copy() {
    return new ExtendedPrivateKey(
        key.copy(), chainCode.copy(), depth, parentFingerprint, childNumber);
  }

  @Override
  public void close() {
    key.close();
    chainCode.close();
  }

  @Override
  public String toString() {
    return "ExtendedPrivateKey[depth " + depth + ", redacted]";
  }

  static byte[] compressedPublicKey(byte[] privateKey) {
    byte[] xy = Secp256k1.publicKey(privateKey);
    byte[] out = new byte[33];
    out[0] = (byte) ((xy[63] & 1) == 0 ? 0x02 : 0x03);
    System.arraycopy(xy, 0, out, 1, 32);
    return out;
  }

  private static int fingerprint(byte[] privateKey) {
    byte[] pub = compressedPublicKey(privateKey);
    byte[] sha = new byte[32];
    SHA256Digest sha256 = new SHA256Digest();
    sha256.update(pub, 0, pub.length);
    sha256.doFinal(sha, 0);
    RIPEMD160Digest ripemd = new RIPEMD160Digest();
    ripemd.update(sha, 0, 32);
    byte[] hash160 = new byte[20];
    ripemd.doFinal(hash160, 0);
    return ByteBuffer.wrap(hash160).getInt();
  }

  private static byte[] hmacSha512(byte[] key, byte[] data) {
    HMac mac = new HMac(new SHA512Digest());
    mac.init(new KeyParameter(key));
    mac.update(data, 0, data.length);
    byte[] out = new byte[64];
    mac.doFinal(out, 0);
    return out;
  }

  private static byte[] to32(BigInteger v) {
    byte[] raw = v.toByteArray();
    byte[] out = new byte[32];
    int len = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - len, out, 32 - len, len);
    SecretBytes.wipe(raw);
    return out;
  }
}
