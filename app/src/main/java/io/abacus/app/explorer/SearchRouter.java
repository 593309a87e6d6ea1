package io.abacus.app.explorer;

import io.abacus.app.labels.Names;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.encoding.HexBytes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what the analyst typed into places: exact hashes, block numbers and addresses through the
 * explorer's search; hex prefixes of at least {@value #MIN_PREFIX_DIGITS} digits against the hash
 * and address indexes; names from every source ({@link Names}), the index's labels and tokens, and
 * the names of imported ABIs. Bounded: at most {@value #MAX} suggestions.
 */
public final class SearchRouter {
  static final int MAX = 12;
  static final int MIN_PREFIX_DIGITS = 4;
  private final Names names;

  public SearchRouter(Names names) {
    this.names = names;
  }

  /** Suggestions for {@code text}, best first; runs queries, so call it off the UI thread. */
  public List<Suggestion> suggest(IndexSession session, String text) {
    String s = text == null ? "" : text.strip();
    Map<Place, Suggestion> out = new LinkedHashMap<>();
    if (s.isEmpty()) {
      return List.of();
    }
    boolean indexed = session.exists();
    long chain = session.network().chainId();
    if (indexed) {
      for (QueryRecords.SearchHit hit : session.explorer().search(s)) {
        add(out, fromHit(hit, chain));
      }
    }
    String lower = s.toLowerCase(Locale.ROOT);
    String digits = lower.startsWith("0x") ? lower.substring(2) : lower;
    if (Address.isValid(s)) {
      Address a = Address.parse(s);
      add(
          out,
          new Suggestion(
              new Place.AddressPage(a),
              Suggestion.Kind.ADDRESS,
              a.toString(),
              names.label(chain, a).orElse(null)));
    }
    if (indexed
        && digits.length() >= MIN_PREFIX_DIGITS
        && digits.length() < 64
        && (digits.length() != 40 || Address.isValid(s))
        && digits.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
      prefixes(session, digits, chain).forEach(x -> add(out, x));
    }
    for (Contact c : names.search(chain, s, MAX)) {
      add(
          out,
          new Suggestion(
              new Place.AddressPage(c.address()),
              Suggestion.Kind.ADDRESS,
              c.address().toString(),
              c.name()));
    }
    if (indexed) {
      tokens(session, s).forEach(x -> add(out, x));
    }
    return out.values().stream().limit(MAX).toList();
  }

  private static void add(Map<Place, Suggestion> out, Suggestion s) {
    out.putIfAbsent(s.place(), s);
  }

  private Suggestion fromHit(QueryRecords.SearchHit hit, long chain) {
    return switch (hit.kind()) {
      case TRANSACTION ->
          new Suggestion(
              new Place.Transaction(hit.key()), Suggestion.Kind.TRANSACTION, hit.key(), null);
      case BLOCK ->
          new Suggestion(
              new Place.Block(Long.parseLong(hit.key())), Suggestion.Kind.BLOCK, hit.key(), null);
      case ADDRESS -> {
        Address a = Address.parse(hit.key());
        String label = hit.label() != null ? hit.label() : names.label(chain, a).orElse(null);
        yield new Suggestion(
            new Place.AddressPage(a), Suggestion.Kind.ADDRESS, a.toString(), label);
      }
      case TOKEN -> {
        Address a = Address.parse(hit.key());
        yield new Suggestion(new Place.Token(a), Suggestion.Kind.TOKEN, a.toString(), hit.label());
      }
    };
  }

  /** Transactions, blocks and addresses whose hex starts with {@code digits}. */
  private List<Suggestion> prefixes(IndexSession session, String digits, long chain) {
    byte[][] range = range(digits);
    return session.read(
        c -> {
          List<Suggestion> found = new ArrayList<>();
          scan(
              c,
              "SELECT hash FROM transactions WHERE hash >= ? AND hash < ? ORDER BY hash LIMIT 5",
              range,
              b -> {
                String h = HexBytes.toHex(b);
                found.add(
                    new Suggestion(new Place.Transaction(h), Suggestion.Kind.TRANSACTION, h, null));
              });
          scan(
              c,
              "SELECT hash FROM blocks WHERE hash >= ? AND hash < ? ORDER BY hash LIMIT 3",
              range,
              b -> {
                String h = HexBytes.toHex(b);
                found.add(new Suggestion(null, Suggestion.Kind.BLOCK, h, null));
              });
          if (digits.length() <= 40) {
            scan(
                c,
                "SELECT address FROM address_counts WHERE address >= ? AND address < ?"
                    + " ORDER BY address LIMIT 5",
                range,
                b -> {
                  Address a = Address.of(b);
                  found.add(
                      new Suggestion(
                          new Place.AddressPage(a),
                          Suggestion.Kind.ADDRESS,
                          a.toString(),
                          names.label(chain, a).orElse(null)));
                });
          }
          return resolveBlocks(c, found);
        });
  }

  private static List<Suggestion> resolveBlocks(java.sql.Connection c, List<Suggestion> found)
      throws java.sql.SQLException {
    List<Suggestion> out = new ArrayList<>();
    for (Suggestion s : found) {
      if (s.place() != null) {
        out.add(s);
        continue;
      }
      try (PreparedStatement st = c.prepareStatement("SELECT number FROM blocks WHERE hash = ?")) {
        st.setBytes(1, HexBytes.decode(s.key()));
        try (ResultSet r = st.executeQuery()) {
          if (r.next()) {
            out.add(
                new Suggestion(
                    new Place.Block(r.getLong(1)), Suggestion.Kind.BLOCK, s.key(), null));
          }
        }
      }
    }
    return out;
  }

  /** Contracts whose imported ABI carries a name (token symbol) starting with {@code s}. */
  private List<Suggestion> tokens(IndexSession session, String s) {
    return session.read(
        c -> {
          List<Suggestion> found = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT address, name FROM abis WHERE lower(name) LIKE lower(?) ESCAPE '\\'"
                      + " ORDER BY name LIMIT 5")) {
            st.setString(1, s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            try (ResultSet r = st.executeQuery()) {
              while (r.next()) {
                Address a = Address.of(r.getBytes(1));
                found.add(
                    new Suggestion(
                        new Place.AddressPage(a),
                        Suggestion.Kind.TOKEN,
                        a.toString(),
                        r.getString(2)));
              }
            }
          }
          return found;
        });
  }

  private interface Row {
    void accept(byte[] value) throws java.sql.SQLException;
  }

  private static void scan(java.sql.Connection c, String sql, byte[][] range, Row row)
      throws java.sql.SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setBytes(1, range[0]);
      st.setBytes(2, range[1]);
      try (ResultSet r = st.executeQuery()) {
        while (r.next()) {
          row.accept(r.getBytes(1));
        }
      }
    }
  }

  /**
   * The BLOB range [low, high) of values whose hex starts with {@code digits}: an odd last digit
   * fills the high nibble only.
   */
  static byte[][] range(String digits) {
    int n = (digits.length() + 1) / 2;
    byte[] low = new byte[n];
    for (int i = 0; i < digits.length(); i++) {
      int d = Character.digit(digits.charAt(i), 16);
      low[i / 2] |= (byte) (i % 2 == 0 ? d << 4 : d);
    }
    byte[] high = low.clone();
    int step = digits.length() % 2 == 0 ? 1 : 16;
    for (int i = n - 1; i >= 0; i--) {
      int v = (high[i] & 0xff) + step;
      high[i] = (byte) v;
      if (v <= 0xff) {
        return new byte[][] {low, high};
      }
      step = 1;
    }
    // All 0xff: no upper bound within this length; one more byte past every value.
    byte[] top = new byte[n + 33];
    java.util.Arrays.fill(top, (byte) 0xff);
    return new byte[][] {low, top};
  }
}
