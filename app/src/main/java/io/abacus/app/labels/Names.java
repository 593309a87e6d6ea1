package io.abacus.app.labels;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The names Abacus shows next to addresses, from every source the app has, in one place: the user's
 * address book first (their own words, and what the explorer's Label field edits), then the
 * Sandbox's demo business names on the Sandbox's chain. The explorer index's own labels (BIP-329
 * imports) are merged by the explorer's queries, or by {@link #label(long, Address, Function)}.
 */
public final class Names {
  private final AddressBook book;
  private final SandboxNames sandbox;

  public Names(AddressBook book, Path sandboxLabels) {
    this.book = book;
    this.sandbox = new SandboxNames(sandboxLabels);
  }

  /** The address book, for editing a name. */
  public AddressBook book() {
    return book;
  }

  /** The name of {@code address} on the chain {@code chainId}, if any source knows it. */
  public Optional<String> label(long chainId, Address address) {
    Optional<String> own = book.label(address);
    return own.isPresent() ? own : Optional.ofNullable(sandbox.names(chainId).get(address));
  }

  /**
   * The merged name of {@code address}: the address book's, else the explorer index's label ({@code
   * index}, e.g. from a BIP-329 import), else the Sandbox's.
   */
  public Optional<String> label(
      long chainId, Address address, Function<Address, Optional<String>> index) {
    Optional<String> own = book.label(address);
    if (own.isPresent()) {
      return own;
    }
    Optional<String> indexed = index.apply(address);
    return indexed.isPresent() ? indexed : Optional.ofNullable(sandbox.names(chainId).get(address));
  }

  /**
   * Addresses whose name contains {@code text} (case-insensitive in any script), names starting
   * with it first; the address book's entries before the Sandbox's.
   */
  public List<Contact> search(long chainId, String text, int limit) {
    Map<Address, Contact> found = new LinkedHashMap<>();
    for (Contact c : book.search(text, limit)) {
      found.putIfAbsent(c.address(), c);
    }
    String needle = fold(text.strip());
    List<Contact> starts = new ArrayList<>();
    List<Contact> contains = new ArrayList<>();
    for (Map.Entry<Address, String> e : sandbox.names(chainId).entrySet()) {
      String name = fold(e.getValue());
      if (needle.isEmpty() || book.find(e.getKey()).isPresent()) {
        continue;
      }
      if (name.startsWith(needle)) {
        starts.add(new Contact(e.getKey(), e.getValue(), ""));
      } else if (name.contains(needle)) {
        contains.add(new Contact(e.getKey(), e.getValue(), ""));
      }
    }
    starts.addAll(contains);
    for (Contact c : starts) {
      found.putIfAbsent(c.address(), c);
    }
    return found.values().stream().limit(limit).toList();
  }

  private static String fold(String s) {
    return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }
}
