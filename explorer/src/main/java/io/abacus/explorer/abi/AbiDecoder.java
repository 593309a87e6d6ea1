package io.abacus.explorer.abi;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes transaction inputs and logs: first with the ABI imported for the contract, then with the
 * bundled selector table. Returns empty when nothing matches or the data does not fit the signature
 * (never a guess).
 */
public final class AbiDecoder {
  /** Classpath location of the bundled table. */
  public static final String BUNDLED_TABLE = "/io/abacus/explorer/selectors/selectors.txt";

  private final Map<String, List<AbiEntry>> table;
  private final Map<Address, Map<String, List<AbiEntry>>> contracts = new HashMap<>();

  private AbiDecoder(Map<String, List<AbiEntry>> table) {
    this.table = table;
  }

  /** A decoder with the bundled selector table. */
  public static AbiDecoder withBundledTable() {
    try (InputStream in = AbiDecoder.class.getResourceAsStream(BUNDLED_TABLE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled selector table is missing: " + BUNDLED_TABLE);
      }
      return new AbiDecoder(
          index(parseTable(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the table format: declarations, one per line; {@code #} starts a comment. */
  public static List<AbiEntry> parseTable(String text) {
    List<AbiEntry> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(AbiParser.declaration(s));
      }
    }
    return out;
  }

  /** Number of signatures in the bundled table (tests check that it loaded). */
  int tableSize() {
    return table.values().stream().mapToInt(List::size).sum();
  }

  /** Uses {@code entries} (from imported ABI JSON) for the contract at {@code address}. */
  public synchronized void register(Address address, List<AbiEntry> entries) {
    contracts.put(address, index(entries));
  }

  /** Decodes call data sent to {@code to} (may be null for contract creation: never decoded). */
  public Optional<Decoded> decodeInput(Address to, byte[] input) {
    if (to == null || input == null || input.length < 4) {
      return Optional.empty();
    }
    String key = HexBytes.toHex(Arrays.copyOf(input, 4));
    byte[] args = Arrays.copyOfRange(input, 4, input.length);
    for (Source s : sources(to, key)) {
      for (AbiEntry e : s.entries()) {
        if (e.kind() != AbiEntry.Kind.FUNCTION) {
          continue;
        }
        try {
          List<String> types = e.inputs().stream().map(AbiEntry.Param::type).toList();
          return Optional.of(decoded(e, AbiCodec.decode(types, args), s.name()));
        } catch (RuntimeException notThisOne) {
          // The data does not fit this signature; try the next candidate.
        }
      }
    }
    return Optional.empty();
  }

  /** True if an ABI was imported for {@code contract}. */
  public synchronized boolean hasAbi(Address contract) {
    return contract != null && contracts.containsKey(contract);
  }

  /**
   * The name of the function with {@code selector} ({@code 0x} and 8 hex digits): from the ABI
   * imported for {@code contract} (null: none), else from the bundled table. The arguments are not
   * checked, so this names a call whose data does not decode too, as block explorers do.
   */
  public Optional<String> functionName(Address contract, String selector) {
    for (Source s : sources(contract, selector)) {
      for (AbiEntry e : s.entries()) {
        if (e.kind() == AbiEntry.Kind.FUNCTION) {
          return Optional.of(e.name());
        }
      }
    }
    return Optional.empty();
  }

  /** Decodes a log emitted by {@code emitter}. */
  public Optional<Decoded> decodeLog(Address emitter, List<byte[]> topics, byte[] data) {
    if (topics.isEmpty()) {
      return Optional.empty();
    }
    String key = HexBytes.toHex(topics.get(0));
    for (Source s : sources(emitter, key)) {
      for (AbiEntry e : s.entries()) {
        if (e.kind() != AbiEntry.Kind.EVENT || e.indexedCount() != topics.size() - 1) {
          continue;
        }
        try {
          return Optional.of(decoded(e, event(e, topics, data), s.name()));
        } catch (RuntimeException notThisOne) {
          // The data does not fit this signature; try the next candidate.
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> event(AbiEntry e, List<byte[]> topics, byte[] data) {
    List<String> dataTypes = new ArrayList<>();
    e.inputs().stream().filter(p -> !p.indexed()).forEach(p -> dataTypes.add(p.type()));
    List<String> fromData = AbiCodec.decode(dataTypes, data == null ? new byte[0] : data);
    List<String> values = new ArrayList<>();
    int topic = 1;
    int next = 0;
    for (AbiEntry.Param p : e.inputs()) {
      values.add(
          p.indexed() ? AbiCodec.decodeWord(p.type(), topics.get(topic++)) : fromData.get(next++));
    }
    return values;
  }

  private record Source(String name, List<AbiEntry> entries) {}

  private synchronized List<Source> sources(Address contract, String key) {
    List<Source> out = new ArrayList<>(2);
    Map<String, List<AbiEntry>> imported = contract == null ? null : contracts.get(contract);
    if (imported != null && imported.containsKey(key)) {
      out.add(new Source("abi", imported.get(key)));
    }
    if (table.containsKey(key)) {
      out.add(new Source("selectors", table.get(key)));
    }
    return out;
  }

  private static Decoded decoded(AbiEntry e, List<String> values, String source) {
    List<Decoded.Arg> args = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      AbiEntry.Param p = e.inputs().get(i);
      args.add(new Decoded.Arg(p.name(), p.type(), values.get(i)));
    }
    return new Decoded(e.name(), e.signature(), args, source);
  }

  private static Map<String, List<AbiEntry>> index(List<AbiEntry> entries) {
    Map<String, List<AbiEntry>> map = new HashMap<>();
    for (AbiEntry e : entries) {
      map.computeIfAbsent(HexBytes.toHex(e.selector()), k -> new ArrayList<>()).add(e);
    }
    return map;
  }
}
