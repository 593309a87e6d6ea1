package io.abacus.wallet.account;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.hd.DerivationPath;

/**
 * What the user sees of an account in a wallet: its address, name and whether it is hidden. Holds
 * no key material; signing goes through the wallet's {@link io.abacus.wallet.signing.Signer}.
 */
public sealed interface Account {

  Address address();

  /** The user's label (may be empty). */
  String name();

  /** Hidden accounts stay in the wallet but are left out of normal lists. */
  boolean hidden();

  /** The same account with another name. */
  Account withName(String name);

  /** The same account, hidden or shown. */
  Account withHidden(boolean hidden);

  /** False for watch-only accounts, which have no key. */
  default boolean canSign() {
    return !(this instanceof WatchOnly);
  }

  /** A short word for lists and JSON: {@code derived}, {@code imported} or {@code watch}. */
  String kind();

  /** An account derived from the wallet's recovery phrase at {@code path}. */
  record Derived(Address address, String name, boolean hidden, DerivationPath path)
      implements Account {
    @Override
    public Account withName(String name) {
      return new Derived(address, name, hidden, path);
    }

    @Override
    public Account withHidden(boolean hidden) {
      return new Derived(address, name, hidden, path);
    }

    @Override
    public String kind() {
      return "derived";
    }
  }

  /** An account whose private key was imported (raw or from a keystore file). */
  record Imported(Address address, String name, boolean hidden) implements Account {
    @Override
    public Account withName(String name) {
      return new Imported(address, name, hidden);
    }

    @Override
    public Account withHidden(boolean hidden) {
      return new Imported(address, name, hidden);
    }

    @Override
    public String kind() {
      return "imported";
    }
  }

  /** An address watched without a key: transactions can be built for it but not signed. */
  record WatchOnly(Address address, String name, boolean hidden) implements Account {
    @Override
    public Account withName(String name) {
      return new WatchOnly(address, name, hidden);
    }

    @Override
    public Account withHidden(boolean hidden) {
      return new WatchOnly(address, name, hidden);
    }

    @Override
    public String kind() {
      return "watch";
    }
  }
}
