package io.abacus.explorer.query;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import io.abacus.wallet.encoding.HexBytes;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Recognises what the user typed into the search box. */
final class Search {
  private static final int MAX_LABEL_HITS = 20;
  private final Connection c;

  Search(Connection c) {
    this.c = c;
  }

  List<QueryRecords.SearchHit> run(String text) {
    String s = text == null ? "" : text.strip();
    List<QueryRecords.SearchHit> hits = new ArrayList<>();
    if (s.isEmpty()) {
      return hits;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (HexBytes.isHex(lower, 32)) {
      byte[] hash = HexBytes.decode(lower);
      if (Rows.one(c, "SELECT 1 FROM transactions WHERE hash = ?", r -> 1, (Object) hash) != null) {
        hits.add(new QueryRecords.SearchHit(QueryRecords.SearchHit.Kind.TRANSACTION, lower, null));
      }
      Long block =
          Rows.one(c, "SELECT number FROM blocks WHERE hash = ?", r -> r.getLong(1), (Object) hash);
      if (block != null) {
        hits.add(
            new QueryRecords.SearchHit(
                QueryRecords.SearchHit.Kind.BLOCK, Long.toString(block), null));
      }
      return hits;
    }
    if (HexBytes.isHex(lower, 20)) {
      try {
        Address a = Address.parse(s);
        String label =
            Rows.one(
                c,
                "SELECT label FROM labels WHERE address = ?",
                r -> r.getString(1),
                (Object) a.toBytes());
        hits.add(
            new QueryRecords.SearchHit(QueryRecords.SearchHit.Kind.ADDRESS, a.toString(), label));
      } catch (InvalidAddressException e) {
        // A mistyped checksum finds nothing rather than the wrong account.
      }
      return hits;
    }
    if (s.chars().allMatch(Character::isDigit) && s.length() <= 18) {
      long n = Long.parseLong(s);
      if (Rows.one(c, "SELECT 1 FROM blocks WHERE number = ?", r -> 1, n) != null) {
        hits.add(new QueryRecords.SearchHit(QueryRecords.SearchHit.Kind.BLOCK, s, null));
      }
    }
    hits.addAll(names(s));
    return hits;
  }

  /**
   * Labels and tokens whose name contains {@code text}, case-insensitive in any script (SQLite's
   * LIKE folds ASCII only): names that start with it first, then the others, each alphabetically.
   */
  private List<QueryRecords.SearchHit> names(String text) {
    String needle = fold(text);
    List<QueryRecords.SearchHit> starts = new ArrayList<>();
    List<QueryRecords.SearchHit> contains = new ArrayList<>();
    List<QueryRecords.SearchHit> tokens =
        Rows.list(
            c,
            "SELECT address, symbol, name FROM tokens WHERE known = 1",
            r -> {
              String symbol = r.getString(2);
              String name = r.getString(3);
              String shown = name == null || name.isEmpty() ? symbol : symbol + " · " + name;
              return new QueryRecords.SearchHit(
                  QueryRecords.SearchHit.Kind.TOKEN, Address.of(r.getBytes(1)).toString(), shown);
            });
    for (QueryRecords.SearchHit t : tokens) {
      sort(t, needle, starts, contains);
    }
    List<QueryRecords.SearchHit> labels =
        Rows.list(
            c,
            "SELECT address, label FROM labels",
            r ->
                new QueryRecords.SearchHit(
                    QueryRecords.SearchHit.Kind.ADDRESS,
                    Address.of(r.getBytes(1)).toString(),
                    r.getString(2)));
    for (QueryRecords.SearchHit l : labels) {
      sort(l, needle, starts, contains);
    }
    Comparator<QueryRecords.SearchHit> byLabel =
        Comparator.comparing((QueryRecords.SearchHit h) -> fold(h.label()))
            .thenComparing(h -> h.key());
    starts.sort(byLabel);
    contains.sort(byLabel);
    List<QueryRecords.SearchHit> all = new ArrayList<>(starts);
    all.addAll(contains);
    return all.size() > MAX_LABEL_HITS ? all.subList(0, MAX_LABEL_HITS) : all;
  }

  private static void sort(
      QueryRecords.SearchHit hit,
      String needle,
      List<QueryRecords.SearchHit> starts,
      List<QueryRecords.SearchHit> contains) {
    String folded = fold(hit.label());
    if (folded.startsWith(needle)) {
      starts.add(hit);
    } else if (folded.contains(needle)) {
      contains.add(hit);
    }
  }

  /** Case folded for comparison: lower case of the upper case (ß, ς and friends fold together). */
  static String fold(String s) {
    return s == null ? "" : s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }
}
