package io.abacus.app.payments.activity;

import io.abacus.explorer.account.HistoryProgress;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.NodeClient;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Transactions of an account that the wallet did not send itself (received payments, token
 * transfers). Implementations do blocking I/O.
 */
@FunctionalInterface
public interface HistorySource {
  /** No history: only the wallet's own transactions are listed. */
  HistorySource NONE = (network, node, account, progress, cancelled) -> List.of();

  /**
   * The account's history on a network, newest first; label and note left empty.
   *
   * @param network the selected network
   * @param node a client of that network's node
   * @param account the selected account
   * @param progress told how far the catching up is
   * @param cancelled true once the user cancelled; then the items found so far are returned
   */
  List<ActivityItem> history(
      Network network,
      NodeClient node,
      Address account,
      HistoryProgress progress,
      BooleanSupplier cancelled)
      throws Exception;
}
