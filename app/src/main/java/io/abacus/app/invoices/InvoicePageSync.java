package io.abacus.app.invoices;

import io.abacus.app.payments.Asset;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.invoice.InvoiceBook;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.InvoiceStatus;
import io.abacus.wallet.invoice.Matching;
import io.abacus.wallet.network.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The Invoices page's reading work, done off the UI thread: {@link #load} (the saved invoices and
 * payments, no node) and {@link #sync} (new incoming payments from the node, through {@link
 * InvoiceSync}). The page syncs on "Check payments", when it opens and every {@link #AUTO_PERIOD}
 * while {@link #autoSyncAllowed()}.
 */
final class InvoicePageSync {
  /** How often the page checks for payments by itself. */
  static final Duration AUTO_PERIOD = Duration.ofSeconds(30);

  /**
   * What the page shows: the assets offered for new invoices and the invoices' matching.
   *
   * @param newlyPaid invoices this sync found paid (or overpaid) that were not before it
   */
  record Loaded(List<Asset> assets, Matching matching, int newlyPaid) {}

  private final PaymentsContext ctx;
  private final InvoiceBook book;
  private final Path dataDirectory;
  private final Clock clock;

  InvoicePageSync(PaymentsContext ctx, InvoiceBook book, Path dataDirectory, Clock clock) {
    this.ctx = ctx;
    this.book = book;
    this.dataDirectory = dataDirectory;
    this.clock = clock;
  }

  /** The saved invoices of {@code network} (none without a network). */
  Loaded load(Optional<Network> network) throws IOException {
    if (network.isEmpty()) {
      return new Loaded(List.of(), new Matching(List.of(), List.of(), List.of()), 0);
    }
    return new Loaded(
        Asset.allOf(network.get(), ctx.tokens()),
        book.match(network.get().chainId(), LocalDate.now(clock)),
        0);
  }

  /**
   * Reads the new incoming payments of {@code network}'s node and matches them.
   *
   * @param accounts further addresses whose incoming money to list
   * @param confirmations blocks a payment needs (from the settings)
   */
  Loaded sync(Network network, List<Address> accounts, int confirmations, BooleanSupplier cancelled)
      throws IOException {
    List<InvoiceState> before = book.match(network.chainId(), LocalDate.now(clock)).invoices();
    Matching after =
        new InvoiceSync(dataDirectory, book)
            .sync(
                ctx.node().client().json(),
                network.chainId(),
                accounts,
                confirmations,
                LocalDate.now(clock),
                (scanned, head, from) -> {},
                cancelled);
    return new Loaded(
        Asset.allOf(network, ctx.tokens()), after, newlyPaid(before, after.invoices()));
  }

  /** The selected account, whose other incoming money the sync lists as unassigned. */
  List<Address> accounts() {
    Account a = ctx.session().selectedAccountProperty().get();
    return a == null ? List.of() : List.of(a.address());
  }

  /** An automatic sync may run: the wallet is unlocked and the selected network has a node. */
  boolean autoSyncAllowed() {
    return ctx.session().unlockedProperty().get()
        && ctx.node().selected().filter(Network::hasRpcUrl).isPresent();
  }

  /** How many invoices are paid (or overpaid) in {@code after} that were not in {@code before}. */
  static int newlyPaid(List<InvoiceState> before, List<InvoiceState> after) {
    Set<String> paid = paidIds(after);
    paid.removeAll(paidIds(before));
    return paid.size();
  }

  private static Set<String> paidIds(List<InvoiceState> states) {
    Set<String> ids = new HashSet<>();
    for (InvoiceState s : states) {
      if (s.status() == InvoiceStatus.PAID || s.status() == InvoiceStatus.OVERPAID) {
        ids.add(s.invoice().id());
      }
    }
    return ids;
  }
}
