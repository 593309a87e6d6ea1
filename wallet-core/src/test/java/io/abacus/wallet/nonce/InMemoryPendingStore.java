package io.abacus.wallet.nonce;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.util.ArrayList;
import java.util.List;

/** A {@link PendingStore} that lives as long as the process. */
public final class InMemoryPendingStore implements PendingStore {
  private final List<PendingTransaction> entries = new ArrayList<>();

  @Override
  public synchronized List<PendingTransaction> pending(Address from, long chainId) {
    return entries.stream().filter(p -> p.from().equals(from) && p.chainId() == chainId).toList();
  }

  @Override
  public synchronized List<PendingTransaction> all() {
    return List.copyOf(entries);
  }

  @Override
  public synchronized void add(PendingTransaction tx) {
    entries.removeIf(p -> p.hash().equals(tx.hash()));
    entries.add(tx);
  }

  @Override
  public synchronized void remove(HexBytes hash) {
    entries.removeIf(p -> p.hash().equals(hash));
  }
}
