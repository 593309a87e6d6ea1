package io.abacus.explorer.ingest;

import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RpcException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one fetch of blocks with their receipts (the indexer, the node-transaction lookup, the
 * account scan): batched {@code eth_getBlockByNumber(n, true)} and {@code eth_getBlockReceipts}
 * through the {@link BlockFetcher}'s batching (halved when the node refuses a batch), falling back
 * to batched {@code eth_getTransactionReceipt} when the node lacks the latter; each answer streamed
 * straight into {@link ParsedBlock}s (no tree), checked for missing blocks, inconsistent receipts
 * and blocks that changed while they were read. Thread-safe.
 */
public final class BlockStream {
  private final BlockFetcher fetcher;

  public BlockStream(BlockFetcher fetcher) {
    this.fetcher = fetcher;
  }

  /**
   * Blocks {@code from..to} with their transactions, receipts and token transfers.
   *
   * @throws RpcException when the node fails, lacks a block or answers inconsistently
   */
  public List<ParsedBlock> fetch(long from, long to) {
    List<Long> numbers = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      numbers.add(n);
    }
    List<BlockJson.Block> blocks =
        fetcher.batchedStreamed(
            numbers,
            n -> JsonRpcClient.Call.of("eth_getBlockByNumber", hex(n), true),
            in -> read(() -> BlockJson.block(in), "block"));
    for (int i = 0; i < blocks.size(); i++) {
      check(blocks.get(i), numbers.get(i));
    }
    List<List<BlockJson.Receipt>> receipts = receipts(blocks);
    List<ParsedBlock> result = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      BlockJson.Block b = blocks.get(i);
      check(b, receipts.get(i));
      try {
        result.add(BlockParser.parse(b, receipts.get(i)));
      } catch (IllegalArgumentException e) {
        throw new RpcException(
            RpcException.Kind.MALFORMED_RESPONSE,
            "block " + b.number + " is malformed: " + e.getMessage());
      }
    }
    return result;
  }

  private List<List<BlockJson.Receipt>> receipts(List<BlockJson.Block> blocks) {
    if (fetcher.usesBlockReceipts()) {
      try {
        return blockReceipts(blocks);
      } catch (RpcException e) {
        if (!e.isMethodNotFound()) {
          throw e;
        }
        fetcher.noBlockReceipts();
      }
    }
    return transactionReceipts(blocks);
  }

  private List<List<BlockJson.Receipt>> blockReceipts(List<BlockJson.Block> blocks) {
    List<BlockJson.Block> withTxs = new ArrayList<>();
    for (BlockJson.Block b : blocks) {
      if (!b.txs.isEmpty()) {
        withTxs.add(b);
      }
    }
    List<List<BlockJson.Receipt>> answers =
        fetcher.batchedStreamed(
            withTxs,
            b -> JsonRpcClient.Call.of("eth_getBlockReceipts", hex(b.number)),
            in -> read(() -> BlockJson.receipts(in), "receipt list"));
    List<List<BlockJson.Receipt>> result = new ArrayList<>(blocks.size());
    int next = 0;
    for (BlockJson.Block b : blocks) {
      if (b.txs.isEmpty()) {
        result.add(List.of());
        continue;
      }
      List<BlockJson.Receipt> answer = answers.get(next++);
      if (answer == null) {
        throw inconsistent(b, "eth_getBlockReceipts returned no list");
      }
      result.add(answer);
    }
    return result;
  }

  private List<List<BlockJson.Receipt>> transactionReceipts(List<BlockJson.Block> blocks) {
    List<String> hashes = new ArrayList<>();
    for (BlockJson.Block b : blocks) {
      b.txs.forEach(tx -> hashes.add(HexBytes.toHex(tx.hash)));
    }
    List<BlockJson.Receipt> answers =
        fetcher.batchedStreamed(
            hashes,
            h -> JsonRpcClient.Call.of("eth_getTransactionReceipt", h),
            in -> read(() -> BlockJson.receipt(in), "receipt"));
    List<List<BlockJson.Receipt>> result = new ArrayList<>(blocks.size());
    int next = 0;
    for (BlockJson.Block b : blocks) {
      int count = b.txs.size();
      result.add(new ArrayList<>(answers.subList(next, next + count)));
      next += count;
    }
    return result;
  }

  private void check(BlockJson.Block block, long number) {
    if (block == null) {
      throw new RpcException(
          RpcException.Kind.NODE_ERROR,
          "the node at " + fetcher.endpoint() + " has no block " + number);
    }
    if (block.hash == null || block.parentHash == null || block.txs == null || block.number < 0) {
      throw new RpcException(
          RpcException.Kind.MALFORMED_RESPONSE,
          "the node at " + fetcher.endpoint() + " sent a malformed block " + number);
    }
    if (block.number != number) {
      throw new RpcException(
          RpcException.Kind.MALFORMED_RESPONSE,
          "the node at "
              + fetcher.endpoint()
              + " sent block "
              + block.number
              + " when asked for "
              + number);
    }
  }

  private void check(BlockJson.Block block, List<BlockJson.Receipt> receipts) {
    if (receipts.size() != block.txs.size()) {
      throw inconsistent(
          block, receipts.size() + " receipts for " + block.txs.size() + " transactions");
    }
    for (int i = 0; i < receipts.size(); i++) {
      BlockJson.Receipt r = receipts.get(i);
      if (r == null) {
        throw inconsistent(block, "a receipt is missing");
      }
      if (!Arrays.equals(block.hash, r.blockHash)) {
        throw new RpcException(
            RpcException.Kind.CHAIN_MOVED,
            "block " + block.number + " changed while it was read (chain reorganised); retry");
      }
      if (!Arrays.equals(block.txs.get(i).hash, r.txHash)) {
        throw inconsistent(block, "receipt " + i + " is for another transaction");
      }
    }
  }

  private RpcException inconsistent(BlockJson.Block block, String why) {
    return new RpcException(
        RpcException.Kind.MALFORMED_RESPONSE,
        "the node at "
            + fetcher.endpoint()
            + " answered inconsistently for block "
            + block.number
            + ": "
            + why);
  }

  /** A value read by {@code reading}; a malformed one becomes MALFORMED_RESPONSE. */
  private <T> T read(Reading<T> reading, String what) throws java.io.IOException {
    try {
      return reading.get();
    } catch (IllegalArgumentException e) {
      throw new RpcException(
          RpcException.Kind.MALFORMED_RESPONSE,
          "the node at "
              + fetcher.endpoint()
              + " sent a malformed "
              + what
              + ": "
              + e.getMessage());
    }
  }

  @FunctionalInterface
  private interface Reading<T> {
    T get() throws java.io.IOException;
  }

  private static String hex(long n) {
    return Quantities.toHex(n);
  }
}
