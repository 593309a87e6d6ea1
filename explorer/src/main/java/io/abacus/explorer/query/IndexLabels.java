package io.abacus.explorer.query;

import io.abacus.explorer.db.DatabaseException;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The labels stored in an index: address labels (shown next to addresses and searched) and
 * transaction labels. Holds one connection; not for use by several threads at once. {@link
 * ExplorerQueries#setLabel} and {@link ExplorerQueries#label} use the same statements.
 */
public final class IndexLabels implements AutoCloseable {
  private final Connection c;

  public IndexLabels(ExplorerDatabase db) {
    this.c = db.connect();
  }

  /** A stored label: the address (EIP-55) or transaction hash (0x-hex) and its text. */
  public record Entry(String ref, String label) {}

  /** Every address label, ordered by address. */
  public List<Entry> addressLabels() {
    return Rows.list(
        c,
        "SELECT address, label FROM labels ORDER BY address",
        r -> new Entry(Address.of(r.getBytes(1)).toString(), r.getString(2)));
  }

  /** Every transaction label, ordered by hash. */
  public List<Entry> txLabels() {
    return Rows.list(
        c,
        "SELECT tx_hash, label FROM tx_labels ORDER BY tx_hash",
        r -> new Entry(HexBytes.toHex(r.getBytes(1)), r.getString(2)));
  }

  /** The label of {@code address}. */
  public Optional<String> address(Address address) {
    return address(c, address);
  }

  /** The label of the transaction {@code hash} (32 bytes). */
  public Optional<String> tx(byte[] hash) {
    return Optional.ofNullable(
        Rows.one(
            c,
            "SELECT label FROM tx_labels WHERE tx_hash = ?",
            r -> r.getString(1),
            (Object) hash));
  }

  /** Sets (or with a blank label removes) the label of {@code address}. */
  public void putAddress(Address address, String label) {
    putAddress(c, address, label);
  }

  /** Sets (or with a blank label removes) the label of transaction {@code hash}. */
  public void putTx(byte[] hash, String label) {
    put(c, "tx_labels", "tx_hash", hash, label);
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

  static Optional<String> address(Connection c, Address address) {
    return Optional.ofNullable(
        Rows.one(
            c,
            "SELECT label FROM labels WHERE address = ?",
            r -> r.getString(1),
            (Object) address.toBytes()));
  }

  static void putAddress(Connection c, Address address, String label) {
    put(c, "labels", "address", address.toBytes(), label);
  }

  private static void put(Connection c, String table, String key, byte[] ref, String label) {
    if (label == null || label.isBlank()) {
      Rows.update(c, "DELETE FROM " + table + " WHERE " + key + " = ?", (Object) ref);
    } else {
      Rows.update(
          c,
          "INSERT INTO "
              + table
              + " ("
              + key
              + ", label) VALUES (?, ?) ON CONFLICT("
              + key
              + ") DO UPDATE SET label = excluded.label",
          ref,
          label.strip());
    }
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      // closing a connection whose work was committed: nothing to keep
    }
  }
}
