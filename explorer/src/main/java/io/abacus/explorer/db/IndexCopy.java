package io.abacus.explorer.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a whole index into an empty one, such as a SQLite file into a shared PostgreSQL database
 * ({@code abacus index migrate}). Holds the target's writer lock and writes in one transaction: the
 * target ends up with all of the index or none of it. Reorg ids are not copied (the target numbers
 * them anew, in the same order).
 */
public final class IndexCopy {
  private static final int BATCH = 2_000;

  /** Each table with the order its rows are copied in, and the columns left to the target. */
  private static final List<String[]> TABLES =
      List.of(
          new String[] {"checkpoint", "id", ""},
          new String[] {"blocks", "number", ""},
          new String[] {"transactions", "id", ""},
          new String[] {"logs", "id", ""},
          new String[] {"token_transfers", "log_id, batch_index", ""},
          new String[] {"internal_transfers", "tx_id, trace_index", ""},
          new String[] {"appearances", "tx_id, address", ""},
          new String[] {"address_counts", "address", ""},
          new String[] {"labels", "address", ""},
          new String[] {"tx_labels", "tx_hash", ""},
          new String[] {"abis", "address", ""},
          new String[] {"tokens", "address", ""},
          new String[] {"index_options", "name", ""},
          new String[] {"reorgs", "id", "id"});

  private IndexCopy() {}

  /** What was copied. */
  public record Result(Checkpoint checkpoint, long rows) {}

  /**
   * Copies every row of {@code from} into {@code to}.
   *
   * @throws DatabaseException if {@code from} was never indexed, {@code to} already holds an index,
   *     another indexer writes to {@code to}, or a read or write fails
   */
  public static Result copy(ExplorerDatabase from, ExplorerDatabase to) {
    try (IndexWriterLock lock = to.lockWriter();
        Connection source = from.connect();
        Connection target = to.connect()) {
      Checkpoint cp =
          Checkpoints.read(source)
              .orElseThrow(
                  () ->
                      new DatabaseException(
                          "nothing to migrate: " + from.location() + " is empty"));
      if (Checkpoints.read(target).isPresent()) {
        throw new DatabaseException(
            to.location() + " already holds an index; migrate into an empty database");
      }
      to.prepareWriter(target);
      target.setAutoCommit(false);
      to.dialect()
          .beforeWrite(target, cp.firstBlock(), Math.max(cp.firstBlock(), cp.nextBlock() - 1));
      long rows = 0;
      try {
        for (String[] table : TABLES) {
          rows += copyTable(source, target, table[0], table[1], table[2]);
        }
        target.commit();
      } catch (SQLException | RuntimeException e) {
        target.rollback();
        throw e;
      }
      return new Result(cp, rows);
    } catch (SQLException e) {
      throw new DatabaseException(
          "cannot migrate " + from.location() + " to " + to.location() + ": " + e.getMessage(), e);
    }
  }

  private static long copyTable(
      Connection source, Connection target, String table, String order, String skipped)
      throws SQLException {
    long rows = 0;
    try (Statement read = source.createStatement();
        ResultSet r = read.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
      ResultSetMetaData md = r.getMetaData();
      List<Integer> columns = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        if (!md.getColumnName(i).equalsIgnoreCase(skipped)) {
          columns.add(i);
          names.add(md.getColumnName(i));
        }
      }
      int[] types = targetTypes(target, table, names);
      String insert =
          "INSERT INTO "
              + table
              + " ("
              + String.join(", ", names)
              + ") VALUES ("
              + "?, ".repeat(names.size() - 1)
              + "?)";
      try (PreparedStatement write = target.prepareStatement(insert)) {
        while (r.next()) {
          for (int k = 0; k < columns.size(); k++) {
            set(write, k + 1, r.getObject(columns.get(k)), types[k]);
          }
          write.addBatch();
          if (++rows % BATCH == 0) {
            write.executeBatch();
          }
        }
        write.executeBatch();
      }
    }
    return rows;
  }

  private static int[] targetTypes(Connection target, String table, List<String> names)
      throws SQLException {
    try (Statement s = target.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT " + String.join(", ", names) + " FROM " + table + " WHERE 1 = 0")) {
      int[] types = new int[names.size()];
      for (int i = 0; i < types.length; i++) {
        types[i] = r.getMetaData().getColumnType(i + 1);
      }
      return types;
    }
  }

  /** SQLite hands out Integer or Long for the same column; the target gets one type a column. */
  private static void set(PreparedStatement s, int index, Object value, int type)
      throws SQLException {
    if (value == null) {
      s.setNull(index, type);
    } else if (value instanceof Integer i) {
      s.setLong(index, i);
    } else {
      s.setObject(index, value);
    }
  }
}
