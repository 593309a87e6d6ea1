package io.abacus.explorer.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.explorer.ingest.BlockStream;
import io.abacus.explorer.ingest.ParsedBlock;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.storage.LockedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * The wallet's own view of its accounts' money on one network, without an explorer index: native
 * ETH transfers from a scan of blocks (the indexer's streaming fetch, {@link BlockStream}) and
 * ERC-20 {@code Transfer} logs from {@code eth_getLogs} with the account in the {@code from} or
 * {@code to} topic.
 *
 * <p>Each account is watched from its first-seen block (the head at first use, or a block the
 * caller names) onward. The state file records per account the first-seen and last scanned block
 * and the items found; it is saved after every chunk, so a cancelled or failed run resumes where it
 * stopped. Every run scans the last {@value #REORG_DEPTH} blocks again and replaces their items, so
 * a payment dropped by a reorganisation of at most that depth disappears. ETH moved by contracts
 * (internal transfers) is not seen.
 */
public final class AccountHistory {
  /** How many blocks below the last scanned one every run scans again. */
  public static final int REORG_DEPTH = 12;

  private static final int CHUNK = 200;

  private final BlockFetcher fetcher;
  private final JsonRpcClient client;
  private final long chainId;
  private final Path stateFile;

  /**
   * @param fetcher reads blocks with transactions and receipts
   * @param client the same node, for {@code eth_getLogs}
   * @param chainId the chain the node serves (checked by the caller), recorded in the file
   * @param stateFile the JSON state file of this network in the data folder
   */
  public AccountHistory(BlockFetcher fetcher, JsonRpcClient client, long chainId, Path stateFile) {
    this.fetcher = fetcher;
    this.client = client;
    this.chainId = chainId;
    this.stateFile = stateFile;
  }

  /**
   * For {@link #scanRange} only: reads the node and nothing else (no state file).
   *
   * @param fetcher reads blocks with transactions and receipts
   * @param client the same node, for {@code eth_getLogs}
   */
  public AccountHistory(BlockFetcher fetcher, JsonRpcClient client) {
    this(fetcher, client, 0, null);
  }

  /**
   * The accounts' items in blocks {@code from..to} (inclusive), read from the node alone: no state
   * file is read or written, so a machine that never saw the accounts gets the same answer (for
   * statements of account). Oldest first; within a block by hash, account, asset and log index.
   *
   * @throws RpcException when the node fails
   */
  public List<ActivityItem> scanRange(
      Collection<Address> accounts, long from, long to, HistoryProgress progress) {
    Map<String, Long> starts = new LinkedHashMap<>();
    accounts.stream().map(Address::toLowerHex).distinct().forEach(a -> starts.put(a, from));
    List<ActivityItem> out = new ArrayList<>();
    for (long a = from; a <= to; a += CHUNK) {
      long b = Math.min(to, a + CHUNK - 1);
      out.addAll(scanChunk(starts, a, b));
      progress.caughtUpTo(b, to, from);
    }
    out.sort(
        Comparator.comparingLong(ActivityItem::blockNumber)
            .thenComparing(ActivityItem::hash)
            .thenComparing(ActivityItem::account)
            .thenComparing(ActivityItem::asset)
            .thenComparingInt(ActivityItem::logIndex));
    return out;
  }

  /**
   * Catches up to the node's head and returns the accounts' items, newest first.
   *
   * @param accounts the accounts to watch
   * @param fromBlock where to start watching an account seen for the first time (or earlier than
   *     recorded); empty means the current head
   * @param progress told after every chunk
   * @param cancelled checked between chunks; when true, the items found so far are returned
   * @throws IOException when the state file cannot be read or written
   * @throws RpcException when the node fails
   */
  public List<ActivityItem> sync(
      Collection<Address> accounts,
      OptionalLong fromBlock,
      HistoryProgress progress,
      BooleanSupplier cancelled)
      throws IOException {
    if (stateFile == null) {
      throw new IllegalStateException("this AccountHistory only scans ranges");
    }
    List<String> watched = accounts.stream().map(Address::toLowerHex).distinct().toList();
    return LockedFile.withLock(
        stateFile,
        () -> {
          HistoryState state = HistoryState.parse(AtomicFile.read(stateFile), chainId);
          long head = fetcher.headNumber();
          Map<String, Long> starts = plan(state, watched, fromBlock, head);
          long from = starts.values().stream().mapToLong(Long::longValue).min().orElse(head + 1);
          for (long a = from; a <= head && !cancelled.getAsBoolean(); a += CHUNK) {
            long b = Math.min(head, a + CHUNK - 1);
            scanChunk(starts, a, b).forEach(state::put);
            for (String acc : watched) {
              HistoryState.Window w = state.window(acc).orElseThrow();
              if (starts.get(acc) <= b) {
                state.setWindow(acc, new HistoryState.Window(w.firstSeen(), b));
              }
            }
            AtomicFile.write(stateFile, state.toBytes());
            progress.caughtUpTo(b, head, from);
          }
          return state.items(watched);
        });
  }

  /**
   * Records new accounts and decides where each account's scan starts: {@value #REORG_DEPTH} blocks
   * below its last scanned one (never below its first-seen block). Items from there on are dropped;
   * the scan finds again those still on the chain.
   */
  private static Map<String, Long> plan(
      HistoryState state, List<String> watched, OptionalLong fromBlock, long head) {
    Map<String, Long> starts = new LinkedHashMap<>();
    for (String acc : watched) {
      HistoryState.Window w =
          state
              .window(acc)
              .orElse(new HistoryState.Window(fromBlock.orElse(head), fromBlock.orElse(head) - 1));
      if (fromBlock.isPresent() && fromBlock.getAsLong() < w.firstSeen()) {
        w = new HistoryState.Window(fromBlock.getAsLong(), fromBlock.getAsLong() - 1);
      }
      long start = Math.max(w.firstSeen(), Math.min(w.scanned(), head) + 1 - REORG_DEPTH);
      state.setWindow(acc, new HistoryState.Window(w.firstSeen(), Math.min(w.scanned(), head)));
      state.dropFrom(acc, start);
      starts.put(acc, start);
    }
    return starts;
  }

  private List<ActivityItem> scanChunk(Map<String, Long> starts, long a, long b) {
    List<String> active = new ArrayList<>();
    starts.forEach(
        (acc, start) -> {
          if (start <= b) {
            active.add(acc);
          }
        });
    List<ParsedBlock> blocks = new BlockStream(fetcher).fetch(a, b);
    TransferScan scan =
        new TransferScan((acc, n) -> starts.containsKey(acc) && n >= starts.get(acc), blocks);
    scan.scanNative();
    scan.addLogs(logs(a, b, active, 1));
    scan.addLogs(logs(a, b, active, 2));
    scan.attachFees();
    return scan.items();
  }

  /**
   * ERC-20 {@code Transfer} logs with one of the accounts in topic {@code position} (1 = from, 2 =
   * to), halving the block range when the node refuses it as too large.
   */
  private List<JsonNode> logs(long a, long b, List<String> accounts, int position) {
    if (accounts.isEmpty()) {
      return List.of();
    }
    List<Object> topics = new ArrayList<>();
    topics.add(TransferScan.TRANSFER_TOPIC);
    if (position == 2) {
      topics.add(null);
    }
    topics.add(accounts.stream().map(TransferScan::addressTopic).toList());
    Map<String, Object> filter = new HashMap<>();
    filter.put("fromBlock", Quantities.toHex(a));
    filter.put("toBlock", Quantities.toHex(b));
    filter.put("topics", topics);
    try {
      JsonNode answer = client.call("eth_getLogs", filter);
      List<JsonNode> out = new ArrayList<>();
      if (answer != null && answer.isArray()) {
        answer.forEach(out::add);
      }
      return out;
    } catch (RpcException e) {
      if (a == b || !tooLarge(e)) {
        throw e;
      }
      long mid = a + (b - a) / 2;
      List<JsonNode> out = new ArrayList<>(logs(a, mid, accounts, position));
      out.addAll(logs(mid + 1, b, accounts, position));
      return out;
    }
  }

  /**
   * Whether the node refused the query for its size: JSON-RPC code -32005 ("limit exceeded"), or
   * the wordings of common nodes and providers ("query returned more than 10000 results", "block
   * range is too wide", "response size exceeded", "too many results").
   */
  private static boolean tooLarge(RpcException e) {
    if (e.kind() == RpcException.Kind.BATCH_TOO_LARGE) {
      return true;
    }
    if (e.kind() != RpcException.Kind.NODE_ERROR) {
      return false;
    }
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return e.code() == -32005
        || m.contains("more than")
        || m.contains("too many")
        || m.contains("limit")
        || m.contains("range")
        || m.contains("exceed")
        || m.contains("too large")
        || m.contains("too wide");
  }
}
