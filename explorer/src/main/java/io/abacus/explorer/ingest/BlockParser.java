package io.abacus.explorer.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the blocks and receipts {@link BlockJson} streamed into {@link ParsedBlock}s, rejecting
 * missing or inconsistent values.
 */
final class BlockParser {
  private BlockParser() {}

  /**
   * Joins a streamed block with its receipts (checked to match by {@link BlockStream}).
   *
   * @throws IllegalArgumentException naming the field when a value is missing or out of range
   */
  static ParsedBlock parse(BlockJson.Block b, List<BlockJson.Receipt> receipts) {
    List<ParsedBlock.Tx> parsed = new ArrayList<>(b.txs.size());
    for (int i = 0; i < b.txs.size(); i++) {
      parsed.add(tx(b.txs.get(i), receipts.get(i), i));
    }
    return new ParsedBlock(
        b.number,
        b.hash,
        b.parentHash,
        required(b.timestamp, "timestamp"),
        b.miner,
        required(b.gasUsed, "gasUsed"),
        required(b.gasLimit, "gasLimit"),
        b.baseFee,
        parsed);
  }

  private static ParsedBlock.Tx tx(BlockJson.Tx tx, BlockJson.Receipt receipt, int index) {
    if (tx.index != index) {
      throw new IllegalArgumentException(
          tx.index < 0
              ? "transactionIndex is missing"
              : "transaction " + index + " has index " + tx.index);
    }
    List<ParsedBlock.TokenTransfer> transfers = new ArrayList<>();
    for (ParsedBlock.Log log : receipt.logs) {
      transfers.addAll(TokenTransfers.decode(log));
    }
    if (tx.from == null || tx.value == null) {
      throw new IllegalArgumentException((tx.from == null ? "from" : "value") + " is missing");
    }
    return new ParsedBlock.Tx(
        index,
        tx.hash,
        tx.from,
        tx.to,
        tx.value,
        required(tx.nonce, "nonce"),
        required(tx.gas, "gas"),
        receipt.effectiveGasPrice != null ? receipt.effectiveGasPrice : tx.gasPrice,
        tx.type,
        tx.input,
        receipt.status,
        required(receipt.gasUsed, "gasUsed"),
        receipt.contract,
        receipt.logs,
        transfers,
        List.of());
  }

  private static long required(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value;
  }
}
