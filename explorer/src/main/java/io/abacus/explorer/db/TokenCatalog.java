package io.abacus.explorer.db;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.token.Token;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The index's table of token contracts (name, symbol, decimals) as the indexer read them: a
 * contract that does not answer like an ERC-20 token is recorded as unknown so it is not asked
 * again.
 */
public final class TokenCatalog implements AutoCloseable {
  private final Connection c;
  private final String file;

  public TokenCatalog(ExplorerDatabase db) {
    this.c = db.connect();
    this.file = db.location().toString();
  }

  /** Every contract recorded so far, known or not. */
  public Set<Address> recorded() {
    Set<Address> all = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement("SELECT address FROM tokens");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        all.add(Address.of(r.getBytes(1)));
      }
      return all;
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the tokens of " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Records what was read, in one transaction.
   *
   * @param tokens each contract with its metadata, or empty if it is not an ERC-20 token
   * @param atBlock the node's head when they were read
   */
  public void record(Map<Address, Optional<Token>> tokens, long atBlock) {
    try {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO tokens VALUES (?,?,?,?,?,?) ON CONFLICT(address) DO UPDATE SET"
                  + " known = excluded.known, name = excluded.name, symbol = excluded.symbol,"
                  + " decimals = excluded.decimals, read_at = excluded.read_at")) {
        for (Map.Entry<Address, Optional<Token>> e : tokens.entrySet()) {
          Optional<Token> t = e.getValue();
          s.setBytes(1, e.getKey().toBytes());
          s.setInt(2, t.isPresent() ? 1 : 0);
          s.setString(3, t.map(Token::name).orElse(null));
          s.setString(4, t.map(Token::symbol).orElse(null));
          if (t.isPresent()) {
            s.setInt(5, t.get().decimals());
          } else {
            s.setNull(5, java.sql.Types.INTEGER);
          }
          s.setLong(6, atBlock);
          s.addBatch();
        }
        s.executeBatch();
      }
      c.commit();
    } catch (SQLException e) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // The connection is closed with the catalog; the failure below is what matters.
      }
      throw new DatabaseException("cannot record tokens in " + file + ": " + e.getMessage(), e);
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // Only reached after a failure that is already being reported.
      }
    }
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new DatabaseException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
