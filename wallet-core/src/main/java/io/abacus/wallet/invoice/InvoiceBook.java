package io.abacus.wallet.invoice;

import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.storage.LockedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The invoices and, per chain, the incoming payments the last sync saw, in one versioned JSON file
 * ({@code <data>/payments/invoices.json}). Every change re-reads the file under its {@link
 * LockedFile} lock and writes it with {@link AtomicFile} (previous version kept as {@code .bak}),
 * so the desktop app and the command line can both change it, and a process killed mid-write leaves
 * the old or the new content, never a mix.
 */
public final class InvoiceBook {
  private final Path file;

  /**
   * A chain's incoming payments as of block {@code head}.
   *
   * @param head the chain's head when they were read
   * @param confirmations blocks a payment needs before it counts, as the sync was told
   * @param payments the incoming payments to the invoices' addresses
   */
  public record Snapshot(long head, int confirmations, List<IncomingPayment> payments) {
    public Snapshot {
      payments = List.copyOf(payments);
    }
  }

  /**
   * @param file the invoice file
   */
  public InvoiceBook(Path file) {
    this.file = file;
  }

  /** The invoice file of a data folder. */
  public static InvoiceBook inDataDirectory(Path dataDirectory) {
    return new InvoiceBook(dataDirectory.resolve("payments").resolve("invoices.json"));
  }

  /** The file this book is kept in. */
  public Path file() {
    return file;
  }

  /** All invoices, oldest first. */
  public List<Invoice> invoices() throws IOException {
    return read().invoices();
  }

  /** The payments the last sync of {@code chainId} saw, if any. */
  public Optional<Snapshot> snapshot(long chainId) throws IOException {
    return Optional.ofNullable(read().chains().get(chainId));
  }

  /** The invoices of every chain matched against each chain's last snapshot, one per chain. */
  public List<Matching> match(LocalDate today) throws IOException {
    InvoiceJson.Content c = read();
    Set<Long> chains = new java.util.TreeSet<>(c.chains().keySet());
    c.invoices().forEach(i -> chains.add(i.chainId()));
    List<Matching> out = new ArrayList<>();
    for (long chain : chains) {
      out.add(matchChain(c, chain, today));
    }
    return out;
  }

  /** The invoices of {@code chainId} matched against that chain's last snapshot. */
  public Matching match(long chainId, LocalDate today) throws IOException {
    return matchChain(read(), chainId, today);
  }

  /**
   * Adds an invoice with the next id and an amount whose code no unsettled invoice of the same
   * chain, asset and address uses.
   *
   * @throws IllegalStateException when every code is in use
   */
  public Invoice create(InvoiceDraft d) throws IOException {
    return change(
        c -> {
          Matching m = matchChain(c, d.chainId(), d.issued());
          Set<Integer> used = new HashSet<>();
          for (InvoiceState s : m.invoices()) {
            Invoice i = s.invoice();
            boolean open =
                s.status() != InvoiceStatus.PAID
                    && s.status() != InvoiceStatus.OVERPAID
                    && s.status() != InvoiceStatus.CANCELLED;
            if (open && i.payTo().equals(d.payTo()) && i.asset().equals(d.asset())) {
              used.add(i.code());
            }
          }
          Invoice made =
              new Invoice(
                  nextId(c.invoices()),
                  d.chainId(),
                  d.payTo(),
                  d.asset(),
                  d.symbol(),
                  d.decimals(),
                  d.nominal(),
                  UniqueAmount.choose(d.nominal(), d.decimals(), used),
                  d.customer(),
                  d.payer(),
                  d.reference(),
                  d.issued(),
                  d.due(),
                  d.lineItems(),
                  d.createdBlock(),
                  false,
                  List.of());
          c.invoices().add(made);
          return made;
        });
  }

  /**
   * Cancels an invoice.
   *
   * @throws IllegalArgumentException when there is no such invoice
   */
  public Invoice cancel(String id) throws IOException {
    return change(c -> replace(c, require(c, id).cancel()));
  }

  /**
   * Assigns the payments of transaction {@code hash} to an invoice by hand.
   *
   * @throws IllegalArgumentException when the invoice or payment is unknown, the payment went to
   *     another address or asset, or another invoice already has it by hand
   */
  public Invoice assign(String id, String hash) throws IOException {
    String h = hash.toLowerCase(java.util.Locale.ROOT);
    return change(
        c -> {
          Invoice i = require(c, id);
          if (i.cancelled()) {
            throw new IllegalArgumentException("invoice " + id + " is cancelled");
          }
          Snapshot s = c.chains().get(i.chainId());
          List<IncomingPayment> found =
              s == null
                  ? List.of()
                  : s.payments().stream().filter(p -> p.hash().equals(h)).toList();
          if (found.isEmpty()) {
            throw new IllegalArgumentException(
                "no incoming payment " + h + " is known on this chain; run 'invoice sync' first");
          }
          if (found.stream()
              .noneMatch(p -> p.to().equals(i.payTo()) && p.asset().equals(i.asset()))) {
            throw new IllegalArgumentException(
                "payment " + h + " did not go to " + i.payTo() + " in " + i.symbol());
          }
          for (Invoice other : c.invoices()) {
            if (!other.id().equals(id) && other.assigned().contains(h)) {
              throw new IllegalArgumentException(
                  "payment " + h + " is already assigned to invoice " + other.id());
            }
          }
          return replace(c, i.assign(h));
        });
  }

  /**
   * Replaces the payments seen on {@code chainId} (a sync's result) and returns the new matching of
   * that chain.
   */
  public Matching saveSnapshot(long chainId, Snapshot snapshot, LocalDate today)
      throws IOException {
    return change(
        c -> {
          c.chains().put(chainId, snapshot);
          return matchChain(c, chainId, today);
        });
  }

  private InvoiceJson.Content read() throws IOException {
    return InvoiceJson.parse(AtomicFile.read(file));
  }

  private interface Change<T> {
    T apply(InvoiceJson.Content content) throws IOException;
  }

  private <T> T change(Change<T> change) throws IOException {
    return LockedFile.withLock(
        file,
        () -> {
          InvoiceJson.Content c = read();
          T result = change.apply(c);
          AtomicFile.write(file, InvoiceJson.toBytes(c));
          return result;
        });
  }

  private static Matching matchChain(InvoiceJson.Content c, long chain, LocalDate today) {
    Snapshot s = c.chains().getOrDefault(chain, new Snapshot(0, 1, List.of()));
    List<Invoice> ofChain = c.invoices().stream().filter(i -> i.chainId() == chain).toList();
    return InvoiceMatcher.match(ofChain, s.payments(), s.head(), s.confirmations(), today);
  }

  private static Invoice require(InvoiceJson.Content c, String id) {
    return c.invoices().stream()
        .filter(i -> i.id().equalsIgnoreCase(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no invoice " + id));
  }

  private static Invoice replace(InvoiceJson.Content c, Invoice changed) {
    c.invoices().replaceAll(i -> i.id().equals(changed.id()) ? changed : i);
    return changed;
  }

  private static String nextId(List<Invoice> invoices) {
    int max = 0;
    for (Invoice i : invoices) {
      if (i.id().startsWith("INV-")) {
        try {
          max = Math.max(max, Integer.parseInt(i.id().substring(4)));
        } catch (NumberFormatException ignored) {
          // Not one of ours; skip.
        }
      }
    }
    return String.format("INV-%04d", max + 1);
  }
}
