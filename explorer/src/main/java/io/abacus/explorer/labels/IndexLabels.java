package io.abacus.explorer.labels;

import io.abacus.explorer.db.DatabaseException;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.wallet.address.Address;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The labels stored in an index: address labels (shown next to addresses and searched) and
 * transaction labels. Holds one connection; not for use by several threads at once.
 */
public final class IndexLabels implements AutoCloseable {
  private static final HexFormat HEX = HexFormat.of();

  private final Connection c;

  public IndexLabels(ExplorerDatabase db) {
    this.c = db.connect();
  }

  /** A stored label: the address (EIP-55) or transaction hash (0x-hex) and its text. */
  public record Entry(String ref, String label) {}

  /** Every address label, ordered by address. */
  public List<Entry> addressLabels() {
    return list(
        "SELECT address, label FROM labels ORDER BY address",
        r -> new Entry(Address.of(r.getBytes(1)).toString(), r.getString(2)));
  }

  /** Every transaction label, ordered by hash. */
  public List<Entry> txLabels() {
    return list(
        "SELECT tx_hash, label FROM tx_labels ORDER BY tx_hash",
        r -> new Entry("0x" + HEX.formatHex(r.getBytes(1)), r.getString(2)));
  }

  /** The label of {@code address}. */
  public Optional<String> address(Address address) {
    return one("SELECT label FROM labels WHERE address = ?", address.toBytes());
  }

  /** The label of the transaction {@code hash} (32 bytes). */
  public Optional<String> tx(byte[] hash) {
    return one("SELECT label FROM tx_labels WHERE tx_hash = ?", hash);
  }

  /** Sets (or with a blank label removes) the label of {@code address}. */
  public void putAddress(Address address, String label) {
    put("labels", "address", address.toBytes(), label);
  }

  /** Sets (or with a blank label removes) the label of transaction {@code hash}. */
  public void putTx(byte[] hash, String label) {
    put("tx_labels", "tx_hash", hash, label);
  }

  /** Runs {@code body} in one transaction: an import is applied whole or not at all. */
  public void inTransaction(Runnable body) {
    try {
      c.setAutoCommit(false);
      try {
        body.run();
        c.commit();
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new DatabaseException("cannot save labels: " + e.getMessage(), e);
    }
  }

  private void put(String table, String key, byte[] ref, String label) {
    String sql =
        label == null || label.isBlank()
            ? "DELETE FROM " + table + " WHERE " + key + " = ?"
            : "INSERT INTO "
                + table
                + " ("
                + key
                + ", label) VALUES (?, ?) ON CONFLICT("
                + key
                + ") DO UPDATE SET label = excluded.label";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setBytes(1, ref);
      if (label != null && !label.isBlank()) {
        s.setString(2, label.strip());
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new DatabaseException("cannot save a label: " + e.getMessage(), e);
    }
  }

  private interface Mapper<T> {
    T map(ResultSet r) throws SQLException;
  }

  private <T> List<T> list(String sql, Mapper<T> mapper) {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (r.next()) {
        out.add(mapper.map(r));
      }
      return out;
    } catch (SQLException e) {
      throw new DatabaseException("cannot read labels: " + e.getMessage(), e);
    }
  }

  private Optional<String> one(String sql, byte[] key) {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setBytes(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DatabaseException("cannot read a label: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      // closing a read/write connection of an index that was committed: nothing to keep
    }
  }
}
