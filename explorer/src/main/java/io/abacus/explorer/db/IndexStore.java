package io.abacus.explorer.db;

import io.abacus.explorer.ingest.ParsedBlock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indexer's single writer: stores batches of blocks with prepared statements on SQLite
 * (prepared once, reused for every batch) or binary {@code COPY}s on PostgreSQL (see {@link
 * PgCopyRows}) in one transaction together with the checkpoint, followed on SQLite by a passive WAL
 * checkpoint, so a crash at any point leaves either all of a batch or none of it. Also rolls back
 * blocks for reorgs. Not thread-safe; one per indexer.
 */
public final class IndexStore implements AutoCloseable {
  private final Connection c;
  private final Dialect dialect;
  private final PreparedStatement block;
  private final PreparedStatement tx;
  private final PreparedStatement log;
  private final PreparedStatement transfer;
  private final PreparedStatement internal;
  private final PreparedStatement appearance;
  private final PreparedStatement checkpoint;
  private final PreparedStatement counts;
  private final PreparedStatement hashOf;
  private final Optional<PgCopyRows> copyRows;
  private final Map<Appearances.Key, Integer> pendingCounts = new HashMap<>();

  public IndexStore(ExplorerDatabase db) {
    this.c = db.connect();
    this.dialect = db.dialect();
    this.copyRows = dialect.copyRows();
    try {
      db.prepareWriter(c);
      c.setAutoCommit(false);
      block = c.prepareStatement("INSERT INTO blocks VALUES (?,?,?,?,?,?,?,?,?)");
      tx = c.prepareStatement("INSERT INTO transactions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
      log = c.prepareStatement("INSERT INTO logs VALUES (?,?,?,?,?,?,?,?)");
      transfer = c.prepareStatement("INSERT INTO token_transfers VALUES (?,?,?,?,?,?,?,?,?)");
      internal = c.prepareStatement("INSERT INTO internal_transfers VALUES (?,?,?,?,?,?)");
      appearance = c.prepareStatement("INSERT INTO appearances VALUES (?,?,?)");
      counts =
          c.prepareStatement(
              "INSERT INTO address_counts VALUES (?, ?) ON CONFLICT(address)"
                  + " DO UPDATE SET tx_count = address_counts.tx_count + excluded.tx_count");
      hashOf = c.prepareStatement("SELECT hash FROM blocks WHERE number = ?");
      checkpoint =
          c.prepareStatement(
              "INSERT INTO checkpoint VALUES (1,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                  + " chain_id=excluded.chain_id, first_block=excluded.first_block,"
                  + " next_block=excluded.next_block, node_head=excluded.node_head,"
                  + " updated_at=excluded.updated_at");
    } catch (SQLException e) {
      throw new DatabaseException("cannot prepare " + db.location() + " for writing: " + e, e);
    }
  }

  /** The stored checkpoint, if any block range was ever started. */
  public Optional<Checkpoint> checkpoint() {
    return Checkpoints.read(c);
  }

  /** The stored hash of block {@code number}, if stored. */
  public Optional<byte[]> blockHash(long number) {
    try {
      hashOf.setLong(1, number);
      try (ResultSet r = hashOf.executeQuery()) {
        return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DatabaseException("cannot read block " + number + ": " + e.getMessage(), e);
    }
  }

  /** Whether this index is indexed with traces (recorded once turned on). */
  public boolean tracesOn() {
    try (PreparedStatement s =
        c.prepareStatement("SELECT value FROM index_options WHERE name = 'traces'")) {
      try (ResultSet r = s.executeQuery()) {
        return r.next() && "1".equals(r.getString(1));
      }
    } catch (SQLException e) {
      throw fail("read the index options", e);
    }
  }

  /** Records that this index is indexed with traces from now on. */
  public void turnTracesOn() {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO index_options VALUES ('traces', '1')"
                + " ON CONFLICT(name) DO UPDATE SET value = excluded.value")) {
      s.executeUpdate();
      c.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw fail("record the traces option", e);
    }
  }

  /**
   * For a first bulk load: drops the secondary indexes of the bulk tables when the store allows it
   * (SQLite) and no block is stored yet, to be built by {@link #completeIndexes()}; returns whether
   * they are deferred now (also when an earlier, interrupted run deferred them).
   */
  public boolean deferIndexes() {
    if (!dialect.defersIndexes()) {
      return false;
    }
    try {
      if (!DeferredIndexes.pending(c) && !holdsBlocks()) {
        DeferredIndexes.defer(c);
        c.commit();
      }
      return DeferredIndexes.pending(c);
    } catch (SQLException e) {
      rollbackQuietly();
      throw fail("defer the secondary indexes", e);
    }
  }

  /**
   * Builds the secondary indexes a bulk load deferred, in one transaction (a process killed during
   * it leaves them deferred, to be built by the next run); returns how many were built.
   */
  public int completeIndexes() {
    return completeIndexes(() -> {});
  }

  /**
   * Like {@link #completeIndexes()}, running {@code starting} first when there are indexes to build
   * (so a caller can say that a build, which may take a while, has begun).
   */
  public int completeIndexes(Runnable starting) {
    if (!dialect.defersIndexes()) {
      return 0;
    }
    try {
      if (!DeferredIndexes.pending(c)) {
        return 0;
      }
      starting.run();
      int built = DeferredIndexes.build(c);
      c.commit();
      return built;
    } catch (SQLException e) {
      rollbackQuietly();
      throw fail("build the secondary indexes", e);
    }
  }

  private boolean holdsBlocks() throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM blocks LIMIT 1");
        ResultSet r = s.executeQuery()) {
      return r.next();
    }
  }

  /** Records the chain and the empty starting point of a new index. */
  public Checkpoint start(long chainId, long firstBlock, long nodeHead) {
    try {
      Checkpoint cp = new Checkpoint(chainId, firstBlock, firstBlock, nodeHead, now());
      writeCheckpoint(cp);
      c.commit();
      return cp;
    } catch (SQLException e) {
      throw fail("start the index", e);
    }
  }

  /** Records the node's head as last seen (for confirmation depth); returns the new checkpoint. */
  public Checkpoint recordNodeHead(Checkpoint before, long nodeHead) {
    try {
      Checkpoint after =
          new Checkpoint(
              before.chainId(), before.firstBlock(), before.nextBlock(), nodeHead, now());
      writeCheckpoint(after);
      c.commit();
      return after;
    } catch (SQLException e) {
      rollbackQuietly();
      throw fail("record the node's head", e);
    }
  }

  /**
   * Stores {@code blocks} (consecutive, continuing the checkpoint) and advances the checkpoint, in
   * one transaction.
   */
  public Checkpoint append(List<ParsedBlock> blocks, Checkpoint before, long nodeHead) {
    if (blocks.isEmpty()) {
      return before;
    }
    try {
      long expected = before.nextBlock();
      dialect.beforeWrite(c, expected, expected + blocks.size() - 1);
      for (ParsedBlock b : blocks) {
        if (b.number() != expected++) {
          throw new IllegalStateException("blocks must continue at " + (expected - 1));
        }
        if (copyRows.isPresent()) {
          copyRows.get().add(b, pendingCounts);
        } else {
          writeBlock(b);
        }
      }
      if (copyRows.isPresent()) {
        copyRows.get().copyTo(c);
      } else {
        block.executeBatch();
        tx.executeBatch();
        log.executeBatch();
        transfer.executeBatch();
        internal.executeBatch();
        appearance.executeBatch();
      }
      for (Map.Entry<Appearances.Key, Integer> e : pendingCounts.entrySet()) {
        counts.setBytes(1, e.getKey().bytes());
        counts.setInt(2, e.getValue());
        counts.addBatch();
      }
      pendingCounts.clear();
      counts.executeBatch();
      Checkpoint after =
          new Checkpoint(before.chainId(), before.firstBlock(), expected, nodeHead, now());
      writeCheckpoint(after);
      c.commit();
      checkpointWal();
      return after;
    } catch (SQLException e) {
      rollbackQuietly();
      throw fail(
          "store blocks "
              + blocks.get(0).number()
              + ".."
              + (blocks.get(0).number() + blocks.size() - 1),
          e);
    }
  }

  private void writeBlock(ParsedBlock b) throws SQLException {
    block.setLong(1, b.number());
    block.setBytes(2, b.hash());
    block.setBytes(3, b.parentHash());
    block.setLong(4, b.timestamp());
    block.setBytes(5, b.miner());
    block.setLong(6, b.gasUsed());
    block.setLong(7, b.gasLimit());
    block.setBytes(8, b.baseFee() == null ? null : Amounts.encode(b.baseFee()));
    block.setInt(9, b.transactions().size());
    block.addBatch();
    for (ParsedBlock.Tx t : b.transactions()) {
      writeTx(b.number(), t);
    }
  }

  private void writeTx(long number, ParsedBlock.Tx t) throws SQLException {
    long id = ParsedBlock.txId(number, t.index());
    tx.setLong(1, id);
    tx.setBytes(2, t.hash());
    tx.setBytes(3, t.from());
    tx.setBytes(4, t.to());
    tx.setBytes(5, Amounts.encode(t.value()));
    tx.setLong(6, t.nonce());
    tx.setLong(7, t.gas());
    tx.setBytes(8, t.gasPrice() == null ? null : Amounts.encode(t.gasPrice()));
    tx.setInt(9, t.type());
    tx.setBytes(10, t.input().length == 0 ? null : t.input());
    if (t.status() == null) {
      tx.setNull(11, java.sql.Types.INTEGER);
    } else {
      tx.setInt(11, t.status());
    }
    tx.setLong(12, t.gasUsed());
    tx.setBytes(13, t.contractCreated());
    tx.addBatch();
    for (ParsedBlock.Log l : t.logs()) {
      log.setLong(1, (number << 20) | l.index());
      log.setLong(2, id);
      log.setBytes(3, l.address());
      for (int i = 0; i < 4; i++) {
        log.setBytes(4 + i, i < l.topics().size() ? l.topics().get(i) : null);
      }
      log.setBytes(8, l.data().length == 0 ? null : l.data());
      log.addBatch();
    }
    for (ParsedBlock.TokenTransfer tt : t.transfers()) {
      transfer.setLong(1, (number << 20) | tt.logIndex());
      transfer.setInt(2, tt.batchIndex());
      transfer.setLong(3, id);
      transfer.setInt(4, tt.standard());
      transfer.setBytes(5, tt.token());
      transfer.setBytes(6, tt.from());
      transfer.setBytes(7, tt.to());
      transfer.setBytes(8, tt.tokenId() == null ? null : Amounts.encode(tt.tokenId()));
      transfer.setBytes(9, Amounts.encode(tt.value()));
      transfer.addBatch();
    }
    for (ParsedBlock.InternalTransfer it : t.internals()) {
      internal.setLong(1, id);
      internal.setInt(2, it.traceIndex());
      internal.setBytes(3, it.from());
      internal.setBytes(4, it.to());
      internal.setBytes(5, Amounts.encode(it.value()));
      internal.setString(6, it.type());
      internal.addBatch();
    }
    for (Map.Entry<Appearances.Key, Integer> e : Appearances.of(t).entrySet()) {
      appearance.setBytes(1, e.getKey().bytes());
      appearance.setLong(2, id);
      appearance.setInt(3, e.getValue());
      appearance.addBatch();
      pendingCounts.merge(e.getKey(), 1, Integer::sum);
    }
  }

  /**
   * Deletes every block above {@code ancestor}, records the reorg and moves the checkpoint back, in
   * one transaction.
   */
  public Checkpoint rollBack(long ancestor, byte[] oldHash, byte[] newHash, Checkpoint before) {
    long firstGone = ancestor + 1;
    long fromId = firstGone << 20;
    try {
      for (Appearances.Key address : addressesFrom(fromId)) {
        try (PreparedStatement s =
                c.prepareStatement("DELETE FROM appearances WHERE address = ? AND tx_id >= ?");
            PreparedStatement recount =
                c.prepareStatement(
                    "UPDATE address_counts SET tx_count ="
                        + " (SELECT count(*) FROM appearances WHERE address = ?) WHERE address = ?")) {
          s.setBytes(1, address.bytes());
          s.setLong(2, fromId);
          s.executeUpdate();
          recount.setBytes(1, address.bytes());
          recount.setBytes(2, address.bytes());
          recount.executeUpdate();
        }
      }
      for (String table :
          List.of(
              "logs WHERE id",
              "token_transfers WHERE log_id",
              "internal_transfers WHERE tx_id",
              "transactions WHERE id")) {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " >= ?")) {
          s.setLong(1, fromId);
          s.executeUpdate();
        }
      }
      try (PreparedStatement s = c.prepareStatement("DELETE FROM blocks WHERE number >= ?")) {
        s.setLong(1, firstGone);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO reorgs (detected_at, height, depth, old_hash, new_hash) VALUES (?,?,?,?,?)")) {
        s.setLong(1, now());
        s.setLong(2, firstGone);
        s.setLong(3, before.nextBlock() - firstGone);
        s.setBytes(4, oldHash);
        s.setBytes(5, newHash);
        s.executeUpdate();
      }
      Checkpoint after =
          new Checkpoint(
              before.chainId(), before.firstBlock(), firstGone, before.nodeHead(), now());
      writeCheckpoint(after);
      c.commit();
      return after;
    } catch (SQLException e) {
      rollbackQuietly();
      throw fail("roll back to block " + ancestor, e);
    }
  }

  private List<Appearances.Key> addressesFrom(long fromId) throws SQLException {
    Map<Appearances.Key, Boolean> seen = new HashMap<>();
    String[] queries = {
      "SELECT from_address, to_address, contract_created FROM transactions WHERE id >= ?",
      "SELECT from_address, to_address, token FROM token_transfers WHERE log_id >= ?",
      "SELECT from_address, to_address, NULL FROM internal_transfers WHERE tx_id >= ?"
    };
    for (String q : queries) {
      try (PreparedStatement s = c.prepareStatement(q)) {
        s.setLong(1, fromId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            for (int i = 1; i <= 3; i++) {
              byte[] a = r.getBytes(i);
              if (a != null) {
                seen.put(new Appearances.Key(a), true);
              }
            }
          }
        }
      }
    }
    return new ArrayList<>(seen.keySet());
  }

  /**
   * Copies the chunk just committed from the write-ahead log into the file when no reader holds it
   * back (PASSIVE: never waits), so the log stays about one chunk long during a bulk load.
   */
  private void checkpointWal() throws SQLException {
    dialect.afterCommit(c);
  }

  private void writeCheckpoint(Checkpoint cp) throws SQLException {
    checkpoint.setLong(1, cp.chainId());
    checkpoint.setLong(2, cp.firstBlock());
    checkpoint.setLong(3, cp.nextBlock());
    checkpoint.setLong(4, cp.nodeHead());
    checkpoint.setLong(5, cp.updatedAtMillis());
    checkpoint.executeUpdate();
  }

  private static long now() {
    return System.currentTimeMillis();
  }

  private void rollbackQuietly() {
    try {
      block.clearBatch();
      tx.clearBatch();
      log.clearBatch();
      transfer.clearBatch();
      internal.clearBatch();
      appearance.clearBatch();
      counts.clearBatch();
      copyRows.ifPresent(PgCopyRows::clear);
      pendingCounts.clear();
      c.rollback();
    } catch (SQLException ignored) {
      // The connection is broken; closing it discards the transaction anyway.
    }
  }

  private static DatabaseException fail(String what, SQLException e) {
    return new DatabaseException("cannot " + what + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      c.rollback();
      c.close();
    } catch (SQLException ignored) {
      // Closing discards any open transaction.
    }
  }
}
