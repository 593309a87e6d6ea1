package io.abacus.explorer.query;

import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.db.Checkpoints;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The read side of an index, shared by the UI and the command line: blocks, transactions, labels,
 * reorgs and search. Address history lives in {@link AddressQueries}, aggregates in {@link
 * StatsQueries}. Holds one read connection; methods are synchronized, so give each thread its own
 * instance for parallel reads.
 */
public final class ExplorerQueries implements AutoCloseable {
  private static final String BLOCK_COLUMNS =
      "number, hash, parent_hash, timestamp, tx_count, gas_used, gas_limit, base_fee, miner";

  private final Connection c;
  private final int confirmations;
  private io.abacus.explorer.abi.AbiDecoder decoder;
  private io.abacus.explorer.abi.MethodNames methods;

  /**
   * @param confirmations blocks within this distance of the node's last seen head are reported
   *     unconfirmed
   */
  public ExplorerQueries(ExplorerDatabase db, int confirmations) {
    this.c = db.connect();
    this.confirmations = confirmations;
  }

  Connection connection() {
    return c;
  }

  /** The checkpoint, empty for an index never started. */
  public synchronized Optional<Checkpoint> checkpoint() {
    return Checkpoints.read(c);
  }

  /** The block at {@code number}. */
  public synchronized Optional<QueryRecords.Block> block(long number) {
    return Optional.ofNullable(
        Rows.one(
            c, "SELECT " + BLOCK_COLUMNS + " FROM blocks WHERE number = ?", this::block, number));
  }

  /** The block with {@code hash} (0x-hex). */
  public synchronized Optional<QueryRecords.Block> blockByHash(String hash) {
    return Optional.ofNullable(
        Rows.one(
            c,
            "SELECT " + BLOCK_COLUMNS + " FROM blocks WHERE hash = ?",
            this::block,
            (Object) HexBytes.decode(hash)));
  }

  /** Blocks {@code from..to} inclusive, ascending. */
  public synchronized List<QueryRecords.Block> blocks(long from, long to) {
    return Rows.list(
        c,
        "SELECT " + BLOCK_COLUMNS + " FROM blocks WHERE number BETWEEN ? AND ? ORDER BY number",
        this::block,
        from,
        to);
  }

  private long head = -1;

  private QueryRecords.Block block(java.sql.ResultSet r) throws SQLException {
    if (head < 0 || r.isFirst()) {
      head = Checkpoints.read(c).map(Checkpoint::nodeHead).orElse(0L);
    }
    long number = r.getLong(1);
    return new QueryRecords.Block(
        number,
        HexBytes.toHex(r.getBytes(2)),
        HexBytes.toHex(r.getBytes(3)),
        Instant.ofEpochSecond(r.getLong(4)),
        r.getInt(5),
        r.getLong(6),
        r.getLong(7),
        Rows.amount(r.getBytes(8)),
        Rows.address(r.getBytes(9)),
        number <= head - confirmations);
  }

  /** Whether the index holds internal transfers from traces (indexed with traces on). */
  public synchronized boolean indexedWithTraces() {
    return Rows.one(
            c,
            "SELECT count(*) FROM index_options WHERE name = 'traces' AND value = '1'",
            r -> r.getInt(1))
        > 0;
  }

  /** The transaction with {@code hash} (0x-hex), with its logs and token transfers. */
  public synchronized Optional<QueryRecords.Transaction> transaction(String hash) {
    return Optional.ofNullable(
        Rows.one(
            c,
            "SELECT t.id, t.hash, b.timestamp, t.from_address, t.to_address, t.value, t.status,"
                + " t.gas_used, t.gas_price, t.contract_created, t.input FROM transactions t"
                + " JOIN blocks b ON b.number = t.id >> 20 WHERE t.hash = ?",
            this::transaction,
            (Object) HexBytes.decode(hash)));
  }

  private QueryRecords.Transaction transaction(java.sql.ResultSet r) throws SQLException {
    long id = r.getLong(1);
    BigInteger price = Rows.amount(r.getBytes(9));
    long gasUsed = r.getLong(8);
    int status = r.getInt(7);
    Integer st = r.wasNull() ? null : status;
    Instant time = Instant.ofEpochSecond(r.getLong(3));
    String txHash = HexBytes.toHex(r.getBytes(2));
    byte[] input = r.getBytes(11);
    return new QueryRecords.Transaction(
        txHash,
        id >>> 20,
        (int) (id & 0xfffff),
        time,
        Rows.address(r.getBytes(4)),
        Rows.address(r.getBytes(5)),
        Rows.amount(r.getBytes(6)),
        st,
        gasUsed,
        price,
        price == null ? null : price.multiply(BigInteger.valueOf(gasUsed)),
        Rows.address(r.getBytes(10)),
        input == null ? "0x" : HexBytes.toHex(input),
        logs(id),
        StatsQueries.transfersOfTx(c, id, txHash, time),
        internalTransfers(id));
  }

  private List<QueryRecords.InternalTransfer> internalTransfers(long txId) {
    return Rows.list(
        c,
        "SELECT trace_index, from_address, to_address, value, type FROM internal_transfers"
            + " WHERE tx_id = ? ORDER BY trace_index",
        r ->
            new QueryRecords.InternalTransfer(
                r.getInt(1),
                Rows.address(r.getBytes(2)),
                Rows.address(r.getBytes(3)),
                Rows.amount(r.getBytes(4)),
                r.getString(5)),
        txId);
  }

  private List<QueryRecords.Log> logs(long txId) {
    return Rows.list(
        c,
        "SELECT id, address, topic0, topic1, topic2, topic3, data FROM logs WHERE tx_id = ?"
            + " ORDER BY id",
        r -> {
          List<String> topics = new java.util.ArrayList<>();
          for (int i = 3; i <= 6; i++) {
            byte[] t = r.getBytes(i);
            if (t != null) {
              topics.add(HexBytes.toHex(t));
            }
          }
          byte[] data = r.getBytes(7);
          return new QueryRecords.Log(
              (int) (r.getLong(1) & 0xfffff),
              Rows.address(r.getBytes(2)),
              topics,
              data == null ? "0x" : HexBytes.toHex(data));
        },
        txId);
  }

  /** Names an address (replacing any earlier label); a blank label removes it. */
  public synchronized void setLabel(Address address, String label) {
    IndexLabels.putAddress(c, address, label);
  }

  /** The label of {@code address}, if any. */
  public synchronized Optional<String> label(Address address) {
    return IndexLabels.address(c, address);
  }

  /**
   * Stores the ABI JSON of the contract at {@code address} for decoding.
   *
   * @throws IllegalArgumentException when {@code json} is not ABI JSON
   */
  public synchronized void importAbi(Address address, String name, String json) {
    List<io.abacus.explorer.abi.AbiEntry> entries = io.abacus.explorer.abi.AbiParser.json(json);
    Rows.update(
        c,
        "INSERT INTO abis (address, name, json) VALUES (?, ?, ?) ON CONFLICT(address) DO UPDATE"
            + " SET name = excluded.name, json = excluded.json",
        address.toBytes(),
        name,
        json);
    if (decoder != null) {
      decoder.register(address, entries);
    }
  }

  /**
   * The decoder with the bundled selector table and every imported ABI: read once, then kept up to
   * date by {@link #importAbi}; the one decoder of every view of this index.
   */
  public synchronized io.abacus.explorer.abi.AbiDecoder decoder() {
    if (decoder == null) {
      decoder = loadDecoder(c);
    }
    return decoder;
  }

  /** Method names of transactions (by {@link #decoder()}, cached per selector). */
  public synchronized io.abacus.explorer.abi.MethodNames methods() {
    if (methods == null) {
      methods = new io.abacus.explorer.abi.MethodNames(decoder());
    }
    return methods;
  }

  /** A new decoder with the bundled selector table and every ABI imported into the index. */
  static io.abacus.explorer.abi.AbiDecoder loadDecoder(Connection c) {
    io.abacus.explorer.abi.AbiDecoder d = io.abacus.explorer.abi.AbiDecoder.withBundledTable();
    Rows.list(
            c,
            "SELECT address, json FROM abis",
            r -> java.util.Map.entry(Address.of(r.getBytes(1)), r.getString(2)),
            new Object[0])
        .forEach(e -> d.register(e.getKey(), io.abacus.explorer.abi.AbiParser.json(e.getValue())));
    return d;
  }

  /** Reorgs the indexer rolled back, newest first. */
  public synchronized List<QueryRecords.ReorgRecord> reorgs() {
    return Rows.list(
        c,
        "SELECT detected_at, height, depth, old_hash, new_hash FROM reorgs ORDER BY id DESC",
        r ->
            new QueryRecords.ReorgRecord(
                Instant.ofEpochMilli(r.getLong(1)),
                r.getLong(2),
                r.getLong(3),
                HexBytes.toHex(r.getBytes(4)),
                HexBytes.toHex(r.getBytes(5))),
        new Object[0]);
  }

  /**
   * Recognises a transaction hash, block hash, block number, address (EIP-55 checked) or label
   * prefix. Returns what exists in the index, best match first.
   */
  public synchronized List<QueryRecords.SearchHit> search(String text) {
    return new Search(c).run(text);
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException ignored) {
      // Read-only connection; nothing to save.
    }
  }
}
