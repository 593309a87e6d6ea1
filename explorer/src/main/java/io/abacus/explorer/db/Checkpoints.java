package io.abacus.explorer.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** Reads the checkpoint row. */
public final class Checkpoints {
  private Checkpoints() {}

  /** The checkpoint, if the index was ever started. */
  public static Optional<Checkpoint> read(Connection c) {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT chain_id, first_block, next_block, node_head, updated_at FROM checkpoint")) {
      if (!r.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new Checkpoint(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)));
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the checkpoint: " + e.getMessage(), e);
    }
  }
}
