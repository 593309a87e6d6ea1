package io.abacus.explorer.query;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import io.abacus.wallet.encoding.HexBytes;
import java.sql.Connection;
import java.util.ArrayList;
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
    hits.addAll(
        Rows.list(
            c,
            "SELECT address, label FROM labels WHERE label LIKE ? ESCAPE '\\'"
                + " ORDER BY label COLLATE NOCASE LIMIT "
                + MAX_LABEL_HITS,
            r ->
                new QueryRecords.SearchHit(
                    QueryRecords.SearchHit.Kind.ADDRESS,
                    Address.of(r.getBytes(1)).toString(),
                    r.getString(2)),
            escape(s) + "%"));
    return hits;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
