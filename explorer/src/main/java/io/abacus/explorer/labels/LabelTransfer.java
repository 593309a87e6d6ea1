package io.abacus.explorer.labels;

import io.abacus.explorer.query.IndexLabels;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports BIP-329 label files into an index and exports the index's labels as one. Address ({@code
 * addr}) and transaction ({@code tx}) records are stored; the Bitcoin-only types are skipped with a
 * reason, unknown types ignored as the BIP asks. Labels longer than {@link #MAX_LABEL} characters
 * are cut to that length with a warning (the BIP's suggested default).
 */
public final class LabelTransfer {
  /** The longest label stored. */
  public static final int MAX_LABEL = 255;

  private static final Set<String> BITCOIN_ONLY = Set.of("pubkey", "input", "output", "xpub");
  private static final Pattern TX_HASH = Pattern.compile("0[xX][0-9a-fA-F]{64}");
  private static final Pattern EVM_ADDRESS = Pattern.compile("0[xX][0-9a-fA-F]{40}");
  private static final HexFormat HEX = HexFormat.of();

  private final IndexLabels labels;

  public LabelTransfer(IndexLabels labels) {
    this.labels = labels;
  }

  /** What an import did with one line. */
  public enum Outcome {
    ADDED,
    UPDATED,
    REMOVED,
    UNCHANGED,
    SKIPPED,
    ERROR
  }

  /** Why a line was not stored as written; lets the app translate {@link LineResult#message}. */
  public enum Reason {
    /** A Bitcoin-only record type; the detail is the type. */
    BITCOIN_ONLY,
    /** A type the BIP does not define; the detail is the type. */
    UNKNOWN_TYPE,
    NOT_EVM_ADDRESS,
    /** An EVM address that fails its checks; the detail says which. */
    BAD_ADDRESS,
    NOT_EVM_TX,
    NO_LABEL,
    EMPTY_LABEL,
    LABEL_CUT,
    /** The line is not a BIP-329 record; the detail says why. */
    UNREADABLE
  }

  /**
   * The result of one line: what was done, to which reference, and why when not stored.
   *
   * @param message why, in English (null when there is nothing to say)
   * @param reason the same as a code (null with {@code message})
   * @param detail the type or error text {@code reason} refers to, or null
   */
  public record LineResult(
      int line, Outcome outcome, String ref, String message, Reason reason, String detail) {
    LineResult(int line, Outcome outcome, String ref) {
      this(line, outcome, ref, null, null, null);
    }

    LineResult(int line, Outcome outcome, String ref, Reason reason, String detail) {
      this(line, outcome, ref, english(reason, detail), reason, detail);
    }

    private static String english(Reason reason, String detail) {
      return switch (reason) {
        case BITCOIN_ONLY -> "\"" + detail + "\" records have no meaning on EVM chains";
        case UNKNOWN_TYPE -> "unknown type \"" + detail + "\"";
        case NOT_EVM_ADDRESS -> "not an EVM address";
        case NOT_EVM_TX -> "not an EVM transaction hash (0x and 64 hex digits)";
        case NO_LABEL -> "no label in the record";
        case EMPTY_LABEL -> "empty label, none stored";
        case LABEL_CUT -> "label cut to " + MAX_LABEL + " characters";
        case BAD_ADDRESS, UNREADABLE -> detail;
      };
    }
  }

  /** The result of a whole import, line by line. */
  public record ImportReport(List<LineResult> lines) {
    /** How many lines ended with {@code outcome}. */
    public long count(Outcome outcome) {
      return lines.stream().filter(l -> l.outcome() == outcome).count();
    }
  }

  /**
   * Imports {@code file}: every readable line is applied in one transaction, bad lines reported.
   *
   * @throws LabelFileException when the file cannot be read at all
   */
  public ImportReport importFile(Path file) {
    List<Bip329Format.Line> lines = Bip329Format.read(file);
    List<LineResult> results = new ArrayList<>();
    labels.inTransaction(
        () -> {
          for (Bip329Format.Line line : lines) {
            results.add(
                line.ok()
                    ? apply(line.number(), line.record())
                    : new LineResult(
                        line.number(), Outcome.ERROR, null, Reason.UNREADABLE, line.error()));
          }
        });
    return new ImportReport(List.copyOf(results));
  }

  private LineResult apply(int number, Bip329Record r) {
    String type = r.type().toLowerCase(Locale.ROOT);
    if (BITCOIN_ONLY.contains(type)) {
      return new LineResult(number, Outcome.SKIPPED, r.ref(), Reason.BITCOIN_ONLY, type);
    }
    if (type.equals(Bip329Record.ADDR)) {
      return applyAddress(number, r);
    }
    if (type.equals(Bip329Record.TX)) {
      return applyTx(number, r);
    }
    return new LineResult(number, Outcome.SKIPPED, r.ref(), Reason.UNKNOWN_TYPE, r.type());
  }

  private LineResult applyAddress(int number, Bip329Record r) {
    if (!EVM_ADDRESS.matcher(r.ref()).matches()) {
      return new LineResult(number, Outcome.SKIPPED, r.ref(), Reason.NOT_EVM_ADDRESS, null);
    }
    Address address;
    try {
      address = Address.parse(r.ref());
    } catch (InvalidAddressException e) {
      return new LineResult(number, Outcome.ERROR, r.ref(), Reason.BAD_ADDRESS, e.getMessage());
    }
    String ref = address.toString();
    return store(
        number, ref, r.label(), labels.address(address), l -> labels.putAddress(address, l));
  }

  private LineResult applyTx(int number, Bip329Record r) {
    if (!TX_HASH.matcher(r.ref()).matches()) {
      return new LineResult(number, Outcome.SKIPPED, r.ref(), Reason.NOT_EVM_TX, null);
    }
    byte[] hash = HEX.parseHex(r.ref().substring(2).toLowerCase(Locale.ROOT));
    String ref = "0x" + HEX.formatHex(hash);
    return store(number, ref, r.label(), labels.tx(hash), l -> labels.putTx(hash, l));
  }

  private static LineResult store(
      int number,
      String ref,
      String label,
      Optional<String> before,
      java.util.function.Consumer<String> put) {
    if (label == null) {
      return new LineResult(number, Outcome.UNCHANGED, ref, Reason.NO_LABEL, null);
    }
    String text = label.strip();
    boolean cut = text.codePointCount(0, text.length()) > MAX_LABEL;
    if (cut) {
      text = text.substring(0, text.offsetByCodePoints(0, MAX_LABEL));
    }
    if (text.isEmpty()) {
      if (before.isEmpty()) {
        return new LineResult(number, Outcome.UNCHANGED, ref, Reason.EMPTY_LABEL, null);
      }
      put.accept("");
      return new LineResult(number, Outcome.REMOVED, ref);
    }
    Outcome outcome;
    if (before.isPresent() && Objects.equals(before.get(), text)) {
      outcome = Outcome.UNCHANGED;
    } else {
      put.accept(text);
      outcome = before.isPresent() ? Outcome.UPDATED : Outcome.ADDED;
    }
    return cut
        ? new LineResult(number, outcome, ref, Reason.LABEL_CUT, null)
        : new LineResult(number, outcome, ref);
  }

  /** Every label of the index as BIP-329 records: addresses first, then transactions. */
  public List<Bip329Record> records() {
    List<Bip329Record> out = new ArrayList<>();
    for (IndexLabels.Entry e : labels.addressLabels()) {
      out.add(new Bip329Record(Bip329Record.ADDR, e.ref(), e.label()));
    }
    for (IndexLabels.Entry e : labels.txLabels()) {
      out.add(new Bip329Record(Bip329Record.TX, e.ref(), e.label()));
    }
    return out;
  }

  /**
   * Writes every label to {@code file} (atomically, the previous file kept as its backup).
   *
   * @return how many records were written
   */
  public int exportFile(Path file) throws IOException {
    List<Bip329Record> records = records();
    AtomicFile.write(file, Bip329Format.write(records).getBytes(StandardCharsets.UTF_8));
    return records.size();
  }
}
