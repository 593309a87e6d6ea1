package io.abacus.wallet.send;

import io.abacus.wallet.rpc.Receipt;
import java.math.BigInteger;
import java.util.Optional;

/** Where a broadcast transaction stands. */
public sealed interface TxStatus {

  /** Known to the node, not yet in a block. */
  record Pending() implements TxStatus {}

  /**
   * In a block.
   *
   * @param confirmations blocks on top of and including the one holding it
   * @param revertReason when it failed and the node told why
   */
  record Mined(Receipt receipt, BigInteger confirmations, Optional<String> revertReason)
      implements TxStatus {}

  /** Unknown to the node, and another transaction with its nonce was mined. */
  record Replaced(BigInteger nonce) implements TxStatus {}

  /** Unknown to the node and its nonce is still free: the node dropped it (or never got it). */
  record Dropped(BigInteger nonce) implements TxStatus {}

  /** Unknown to the node, and the sender and nonce are not known to tell more. */
  record NotFound() implements TxStatus {}
}
