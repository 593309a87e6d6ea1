package io.abacus.explorer.bench;

import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.ingest.TokenTransfers;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fills a PostgreSQL index with the shape of {@link SyntheticIndex} by server-side SQL ({@code
 * INSERT ... SELECT FROM generate_series}): {@code txPerBlock} transactions per block among {@code
 * addresses} accounts (the same {@link SyntheticIndex#address} numbering), a tenth of all picks
 * among ten hot accounts, a fifth of all transactions an ERC-20 transfer of one of five tokens with
 * its log, token transfer and appearances; then {@code address_counts} and the checkpoint.
 *
 * <p>The random picks come from {@code hashint8extended(id, seed)}, so each table is filled from
 * one staging table without a round trip. The rows go into plain tables first that are then
 * attached as partition 0 of the schema's partitioned tables: PostgreSQL builds their indexes once
 * at the end instead of updating them row by row. Hashes are SHA-256 of the transaction id (block
 * hashes: of {@code -1 - number}, first byte {@code 0xbb}) so the benchmark can search for them.
 */
final class SyntheticPgIndex {
  private static final long PARTITION_BLOCKS = 1_000_000;
  private static final List<String> TABLES =
      List.of(
          "blocks", "transactions", "logs", "token_transfers", "internal_transfers", "appearances");
  private final int addresses;
  private final int txPerBlock;

  SyntheticPgIndex(int addresses, int txPerBlock) {
    this.addresses = addresses;
    this.txPerBlock = txPerBlock;
  }

  /** The hash of transaction {@code index} of {@code block} in this synthetic index. */
  static byte[] txHash(long block, int index) {
    return sha256((block << 20) | index);
  }

  /** The hash of {@code block} in this synthetic index. */
  static byte[] blockHash(long block) {
    byte[] h = sha256(-1 - block);
    h[0] = (byte) 0xbb;
    return h;
  }

  /**
   * Writes {@code blocks} blocks (at most one partition, 1,000,000) into the empty index {@code
   * db}; reports each step's duration to {@code log}; returns the transactions written.
   */
  long fill(ExplorerDatabase db, long blocks, Consumer<String> log) throws SQLException {
    if (blocks > PARTITION_BLOCKS) {
      throw new IllegalArgumentException("at most " + PARTITION_BLOCKS + " blocks");
    }
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("SET synchronous_commit = off");
      s.execute("SET maintenance_work_mem = '512MB'");
      s.execute("SET work_mem = '256MB'");
      step(log, s, "staging picks", staging(blocks));
      for (String t : TABLES) {
        s.execute("CREATE TABLE " + t + "_p0 (LIKE " + t + " INCLUDING DEFAULTS)");
      }
      step(log, s, "blocks", blocks(blocks));
      step(log, s, "transactions", transactions());
      step(log, s, "logs", logs());
      step(log, s, "token transfers", transfers());
      step(log, s, "appearances", appearances());
      s.execute("DROP TABLE bench_tx");
      long t0 = System.nanoTime();
      for (String t : TABLES) {
        s.execute(
            "ALTER TABLE "
                + t
                + " ATTACH PARTITION "
                + t
                + "_p0 FOR VALUES FROM (0) TO ("
                + (t.equals("blocks") ? PARTITION_BLOCKS : PARTITION_BLOCKS << 20)
                + ")");
      }
      log.accept(String.format("attach partitions, build indexes: %.0f s", seconds(t0)));
      step(
          log,
          s,
          "address_counts",
          "INSERT INTO address_counts SELECT address, count(*) FROM appearances GROUP BY address");
      s.execute(
          "INSERT INTO checkpoint VALUES (1, 1, 0, "
              + blocks
              + ", "
              + (blocks - 1)
              + ", extract(epoch FROM now())::bigint)");
      step(log, s, "analyze", "ANALYZE");
    }
    return blocks * txPerBlock;
  }

  private static void step(Consumer<String> log, Statement s, String what, String sql)
      throws SQLException {
    long t0 = System.nanoTime();
    s.execute(sql);
    log.accept(String.format("%s: %.0f s", what, seconds(t0)));
  }

  /** One row per transaction: its id and the account numbers it touches. */
  private String staging(long blocks) {
    String token = r(5) + " % 5 = 0";
    return "CREATE UNLOGGED TABLE bench_tx AS SELECT id, f,"
        + " CASE WHEN k THEN tk ELSE t END AS t, CASE WHEN k THEN tk END AS tok,"
        + " CASE WHEN k THEN rc END AS rcp, v, gu FROM (SELECT id, "
        + pick(1, 2)
        + " AS f, "
        + pick(3, 4)
        + " AS t, "
        + token
        + " AS k, "
        + addresses
        + " + "
        + r(6)
        + " % 5 AS tk, "
        + pick(7, 8)
        + " AS rc, ("
        + r(9)
        + " & 72057594037927935) | 72057594037927936 AS v, 21000 + "
        + r(10)
        + " % 40000 AS gu FROM (SELECT (b << 20) | i AS id FROM generate_series(0::bigint, "
        + (blocks - 1)
        + ") b, generate_series(0::bigint, "
        + (txPerBlock - 1)
        + ") i) ids) picks";
  }

  private String blocks(long blocks) {
    return "INSERT INTO blocks_p0 SELECT n, "
        + blockHashSql("n")
        + ", CASE WHEN n = 0 THEN decode(repeat('00', 32), 'hex') ELSE "
        + blockHashSql("n - 1")
        + " END, 1700000000 + n * 12, "
        + addr("0")
        + ", 15000000, 30000000, '\\x0107'::bytea, "
        + txPerBlock
        + " FROM generate_series(0::bigint, "
        + (blocks - 1)
        + ") n";
  }

  private static String transactions() {
    return "INSERT INTO transactions_p0 SELECT id, sha256(int8send(id)), "
        + addr("f")
        + ", "
        + addr("t")
        + ", CASE WHEN tok IS NULL THEN '\\x08'::bytea || int8send(v) ELSE '\\x00'::bytea END,"
        + " id >> 20, 60000, '\\x04'::bytea || int4send(1000000000 + (id & 1048575)::int), 2,"
        + " NULL, 1, gu, NULL FROM bench_tx ORDER BY id";
  }

  private static String logs() {
    String pad = "decode(repeat('00', 12), 'hex') || ";
    return "INSERT INTO logs_p0 SELECT id, id, "
        + addr("tok")
        + ", '\\x"
        + HexFormat.of().formatHex(TokenTransfers.TRANSFER)
        + "'::bytea, "
        + pad
        + addr("f")
        + ", "
        + pad
        + addr("rcp")
        + ", NULL, decode(repeat('00', 24), 'hex') || int8send(v)"
        + " FROM bench_tx WHERE tok IS NOT NULL ORDER BY id";
  }

  private static String transfers() {
    return "INSERT INTO token_transfers_p0 SELECT id, 0, id, 20, "
        + addr("tok")
        + ", "
        + addr("f")
        + ", "
        + addr("rcp")
        + ", NULL, '\\x08'::bytea || int8send(v) FROM bench_tx WHERE tok IS NOT NULL ORDER BY id";
  }

  /** Flags as {@code Appearances}: 1 sent, 2 received, 8 sent a token, 16 received a token. */
  private static String appearances() {
    return "INSERT INTO appearances_p0 SELECT "
        + addr("x.a")
        + ", s.id, x.flags FROM bench_tx s CROSS JOIN LATERAL (SELECT a, bit_or(fl) AS flags"
        + " FROM (VALUES (s.f, 1), (s.t, 2), (CASE WHEN s.tok IS NOT NULL THEN s.f END, 8),"
        + " (s.rcp, 16)) v(a, fl) WHERE a IS NOT NULL GROUP BY a) x";
  }

  /** A non-negative pseudo-random number from the transaction id and {@code seed}. */
  private static String r(int seed) {
    return "(hashint8extended(id, " + seed + ") & 9223372036854775807)";
  }

  /** An account number: one of the ten hot accounts for a tenth of all picks. */
  private String pick(int hotSeed, int accountSeed) {
    return "CASE WHEN "
        + r(hotSeed)
        + " % 10 = 0 THEN "
        + r(accountSeed)
        + " % 10 ELSE "
        + r(accountSeed)
        + " % "
        + addresses
        + " END";
  }

  /** {@link SyntheticIndex#address} of the account number {@code column}. */
  private static String addr(String column) {
    return "('\\xab0000000000000000000000'::bytea || int8send("
        + 0x5eed_0000_0000L
        + " + "
        + column
        + "))";
  }

  private static String blockHashSql(String number) {
    return "('\\xbb'::bytea || substring(sha256(int8send(-1 - " + number + ")) FROM 2))";
  }

  private static byte[] sha256(long value) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(ByteBuffer.allocate(8).putLong(value).array());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
