package io.abacus.app.payments;

import java.util.List;

/**
 * Transactions of an account that the wallet did not send itself (received payments, token
 * transfers), e.g. from the explorer's index of the network. Implementations do blocking I/O.
 */
@FunctionalInterface
public interface HistorySource {
  /** No index: only the wallet's own transactions are listed. */
  HistorySource NONE = (networkId, chainId, account) -> List.of();

  /**
   * The account's history on a network, newest first; label and note left empty.
   *
   * @param networkId the network's settings id (index file name)
   */
  List<ActivityItem> history(String networkId, long chainId, String account) throws Exception;
}
