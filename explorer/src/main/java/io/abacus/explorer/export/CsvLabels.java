package io.abacus.explorer.export;

import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.wallet.address.Address;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The text of the label column every CSV export writes beside each address column ({@code from,
 * from_label, to, to_label}): the command line passes the index's labels, the app its merged names
 * (address book, index labels, Sandbox names).
 */
@FunctionalInterface
public interface CsvLabels {
  /** The label of {@code address}; null when none is known or {@code address} is null. */
  String of(Address address);

  /** No labels: the label columns stay empty. */
  static CsvLabels none() {
    return a -> null;
  }

  /** The labels stored in the index (BIP-329 imports, the Label field of older versions). */
  static CsvLabels index(ExplorerQueries queries) {
    return cached(queries::label);
  }

  /** {@code lookup} asked at most once per address of an export (exports repeat addresses). */
  static CsvLabels cached(Function<Address, Optional<String>> lookup) {
    Map<Address, Optional<String>> seen = new HashMap<>();
    return a -> a == null ? null : seen.computeIfAbsent(a, lookup).orElse(null);
  }

  /** The column that follows address column {@code column}: {@code from} → {@code from_label}. */
  static String column(String column) {
    return column + "_label";
  }
}
