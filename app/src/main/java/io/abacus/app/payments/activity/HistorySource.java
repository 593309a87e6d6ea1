package io.abacus.app.payments.activity;

import io.abacus.wallet.network.Network;
import java.util.List;

/**
 * Transactions of an account that the wallet did not send itself (received payments, token
 * transfers), e.g. from the explorer's index of the network. Implementations do blocking I/O.
 */
@FunctionalInterface
public interface HistorySource {
  /** No index: only the wallet's own transactions are listed. */
  HistorySource NONE = (network, account) -> List.of();

  /**
   * The account's history on a network, newest first; label and note left empty.
   *
   * @param network the network (its settings id names the index file)
   */
  List<ActivityItem> history(Network network, String account) throws Exception;
}
