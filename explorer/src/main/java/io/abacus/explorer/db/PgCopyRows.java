package io.abacus.explorer.db;

import io.abacus.explorer.ingest.ParsedBlock;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The rows of a chunk of blocks for PostgreSQL, one binary {@code COPY} per table (see {@link
 * PgCopyBuffer}): the same rows {@link IndexStore} writes with prepared statements on SQLite, in
 * the column order of the schema. The buffers are reused from chunk to chunk. Not thread-safe.
 */
final class PgCopyRows {
  private final PgCopyBuffer blocks = new PgCopyBuffer("blocks");
  private final PgCopyBuffer txs = new PgCopyBuffer("transactions");
  private final PgCopyBuffer logs = new PgCopyBuffer("logs");
  private final PgCopyBuffer transfers = new PgCopyBuffer("token_transfers");
  private final PgCopyBuffer internals = new PgCopyBuffer("internal_transfers");
  private final PgCopyBuffer appearances = new PgCopyBuffer("appearances");
  private final List<PgCopyBuffer> all =
      List.of(blocks, txs, logs, transfers, internals, appearances);

  /**
   * Adds the rows of block {@code b}; counts each address's new appearances into {@code counts}.
   */
  void add(ParsedBlock b, Map<Appearances.Key, Integer> counts) {
    blocks
        .row(9)
        .int8(b.number())
        .bytea(b.hash())
        .bytea(b.parentHash())
        .int8(b.timestamp())
        .bytea(b.miner())
        .int8(b.gasUsed())
        .int8(b.gasLimit())
        .bytea(b.baseFee() == null ? null : Amounts.encode(b.baseFee()))
        .int4(b.transactions().size());
    for (ParsedBlock.Tx t : b.transactions()) {
      addTx(b.number(), t, counts);
    }
  }

  private void addTx(long number, ParsedBlock.Tx t, Map<Appearances.Key, Integer> counts) {
    long id = ParsedBlock.txId(number, t.index());
    txs.row(13)
        .int8(id)
        .bytea(t.hash())
        .bytea(t.from())
        .bytea(t.to())
        .bytea(Amounts.encode(t.value()))
        .int8(t.nonce())
        .int8(t.gas())
        .bytea(t.gasPrice() == null ? null : Amounts.encode(t.gasPrice()))
        .int4(t.type())
        .bytea(t.input().length == 0 ? null : t.input())
        .int4(t.status())
        .int8(t.gasUsed())
        .bytea(t.contractCreated());
    for (ParsedBlock.Log l : t.logs()) {
      logs.row(8).int8((number << 20) | l.index()).int8(id).bytea(l.address());
      for (int i = 0; i < 4; i++) {
        logs.bytea(i < l.topics().size() ? l.topics().get(i) : null);
      }
      logs.bytea(l.data().length == 0 ? null : l.data());
    }
    for (ParsedBlock.TokenTransfer tt : t.transfers()) {
      transfers
          .row(9)
          .int8((number << 20) | tt.logIndex())
          .int4(tt.batchIndex())
          .int8(id)
          .int4(tt.standard())
          .bytea(tt.token())
          .bytea(tt.from())
          .bytea(tt.to())
          .bytea(tt.tokenId() == null ? null : Amounts.encode(tt.tokenId()))
          .bytea(Amounts.encode(tt.value()));
    }
    for (ParsedBlock.InternalTransfer it : t.internals()) {
      internals
          .row(6)
          .int8(id)
          .int4(it.traceIndex())
          .bytea(it.from())
          .bytea(it.to())
          .bytea(Amounts.encode(it.value()))
          .text(it.type());
    }
    for (Map.Entry<Appearances.Key, Integer> e : Appearances.of(t).entrySet()) {
      appearances.row(3).bytea(e.getKey().bytes()).int8(id).int4(e.getValue());
      counts.merge(e.getKey(), 1, Integer::sum);
    }
  }

  /** Copies every added row to its table on {@code c}, in its open transaction. */
  void copyTo(Connection c) throws SQLException {
    for (PgCopyBuffer b : all) {
      b.copyTo(c);
    }
  }

  /** Forgets the rows added (after a failed chunk). */
  void clear() {
    all.forEach(PgCopyBuffer::clear);
  }
}
