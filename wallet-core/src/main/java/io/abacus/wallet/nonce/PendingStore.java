package io.abacus.wallet.nonce;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.util.List;

/** The wallet's own not-yet-mined transactions. */
public interface PendingStore {

  /** Pending transactions of {@code from} on {@code chainId}. */
  List<PendingTransaction> pending(Address from, long chainId);

  /** Every pending transaction, all accounts and chains. */
  List<PendingTransaction> all();

  /** Remembers a broadcast transaction. */
  void add(PendingTransaction tx);

  /** Forgets a transaction (mined, replaced or dropped). */
  void remove(HexBytes hash);
}
