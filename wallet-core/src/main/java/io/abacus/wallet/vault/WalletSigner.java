package io.abacus.wallet.vault;

import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.signing.Signature;
import io.abacus.wallet.signing.Signer;

/**
 * The signer of a key account in an unlocked wallet: it fetches (derives) the key for each
 * signature and wipes it right after, and refuses once the wallet is locked.
 */
final class WalletSigner implements Signer {
  private final Wallet wallet;
  private final Account account;

  WalletSigner(Wallet wallet, Account account) {
    this.wallet = wallet;
    this.account = account;
  }

  @Override
  public Address address() {
    return account.address();
  }

  @Override
  public Signature signDigest(byte[] digest) {
    if (!wallet.isUnlocked()) {
      throw new IllegalStateException(
          "wallet '" + wallet.name() + "' is locked; unlock it to sign");
    }
    try (PrivateKeySigner signer =
        PrivateKeySigner.owning(SecretBytes.takeOwnership(wallet.privateKeyOf(account)))) {
      return signer.signDigest(digest);
    }
  }

  @Override
  public String toString() {
    return "WalletSigner[" + account.address() + "]";
  }
}
