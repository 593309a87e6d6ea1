package io.abacus.explorer;

import io.abacus.explorer.db.DbLocation;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.ingest.Indexer;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.explorer.ingest.ProgressListener;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.EmbeddedPg;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RetryPolicy;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Shared test plumbing: readers for anvil, one-shot indexing, whole-database dumps. */
public final class Fixtures {
  private Fixtures() {}

  public static BlockFetcher reader(String url, int batch) {
    return new BlockFetcher(
        new JsonRpcClient(
            new HttpJsonRpcTransport(
                URI.create(url), Duration.ofSeconds(10), Duration.ofSeconds(60), Optional.empty()),
            RetryPolicy.standard()),
        batch);
  }

  /** Creates database {@code name} on {@code pg} and opens it as an index. */
  public static ExplorerDatabase openPg(EmbeddedPg pg, String name) {
    return ExplorerDatabase.open(DbLocation.parse(pg.create(name), null, Map.of()));
  }

  /** Opens the existing database {@code name} on {@code pg} as an index. */
  public static ExplorerDatabase reopenPg(EmbeddedPg pg, String name) {
    return ExplorerDatabase.open(DbLocation.parse(pg.url(name), null, Map.of()));
  }

  public static Indexer.Result index(Anvil anvil, ExplorerDatabase db, IndexerConfig config) {
    try (Indexer indexer =
        new Indexer(
            reader(anvil.rpcUrl(), config.batchSize()), db, config, ProgressListener.none())) {
      return indexer.index(OptionalLong.empty(), OptionalLong.empty(), () -> false);
    }
  }

  /** Every row of every data table, in key order, as text (timestamps of bookkeeping left out). */
  public static String dump(ExplorerDatabase db) throws SQLException {
    StringBuilder out = new StringBuilder();
    String[] queries = {
      "SELECT * FROM blocks ORDER BY number",
      "SELECT * FROM transactions ORDER BY id",
      "SELECT * FROM logs ORDER BY id",
      "SELECT * FROM token_transfers ORDER BY log_id, batch_index",
      "SELECT * FROM internal_transfers ORDER BY tx_id, trace_index",
      "SELECT * FROM appearances ORDER BY address, tx_id",
      "SELECT * FROM address_counts WHERE tx_count > 0 ORDER BY address",
      "SELECT a.address FROM appearances a GROUP BY a.address"
          + " HAVING count(*) != (SELECT tx_count FROM address_counts c WHERE c.address = a.address)",
      "SELECT chain_id, first_block, next_block FROM checkpoint"
    };
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      for (String q : queries) {
        out.append(q).append('\n');
        try (ResultSet r = s.executeQuery(q)) {
          ResultSetMetaData md = r.getMetaData();
          while (r.next()) {
            for (int i = 1; i <= md.getColumnCount(); i++) {
              Object v = r.getObject(i);
              out.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v));
              out.append('|');
            }
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  public static long count(ExplorerDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
