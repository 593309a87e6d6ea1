package io.abacus.explorer.statement;

import io.abacus.explorer.account.ActivityItem;
import io.abacus.explorer.account.HistoryProgress;
import io.abacus.wallet.address.Address;
import java.util.List;

/**
 * Where a statement's movements come from: the node itself ({@link NodeMovements}) or an explorer
 * index ({@link IndexMovements}). Both give the same items for the same blocks, so a statement is
 * byte-identical whichever built it.
 */
public interface MovementSource {
  /**
   * The accounts' movements in blocks {@code first..last}, oldest first; within a block by hash,
   * account, asset and log index; each movement once.
   *
   * @param first the first block of the period as the node has it
   * @param last the last block of the period as the node has it
   * @throws IllegalArgumentException (one line) when the source does not cover the period
   */
  List<ActivityItem> movements(
      List<Address> accounts,
      ChainBlocks.Header first,
      ChainBlocks.Header last,
      HistoryProgress progress);
}
