package io.abacus.wallet.hd;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.signing.Secp256k1;

/** Convenience derivations from a BIP39 seed. */
public final class HdWallet {
  private HdWallet() {}

  /**
   * The 32-byte private key at {@code path} for {@code seed}; wipe it after use. The caller keeps
   * the seed array.
   */
  public static byte[] privateKey(byte[] seed, DerivationPath path) {
    try (ExtendedPrivateKey master = ExtendedPrivateKey.fromSeed(seed);
        ExtendedPrivateKey child = master.derive(path)) {
      return child.privateKey();
    }
  }

  /** The address at {@code path} for {@code seed}. */
  public static Address address(byte[] seed, DerivationPath path) {
    byte[] key = privateKey(seed, path);
    try {
      return Secp256k1.addressOf(Secp256k1.publicKey(key));
    } finally {
      java.util.Arrays.fill(key, (byte) 0);
    }
  }
}
