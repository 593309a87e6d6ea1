package io.abacus.app.cli.invoice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.input.CliInput;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceBook;
import io.abacus.wallet.invoice.InvoiceState;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Shared plumbing of the invoice commands: the invoice book of the data folder, {@code --json},
 * amounts in asset units, and the book's refusals as one-line user errors.
 */
abstract class InvoiceBase implements Callable<Integer> {
  /** Overrides today's date (ISO), for tests of due dates. */
  static final String TODAY_ENV = "ABACUS_TODAY";

  final CliContext context;
  final CliInput input;

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  InvoiceBase(CliContext context) {
    this.context = context;
    this.input = new CliInput(context);
  }

  @Override
  public final Integer call() throws Exception {
    try {
      return run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UserException(e.getMessage(), e);
    }
  }

  abstract Integer run() throws Exception;

  Path dataDirectory() {
    return ((RootOptions) spec.root().userObject()).dataDirectory();
  }

  InvoiceBook book() {
    return InvoiceBook.inDataDirectory(dataDirectory());
  }

  LocalDate today() {
    String fixed = context.env().get(TODAY_ENV);
    if (fixed == null) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(fixed);
    } catch (DateTimeParseException e) {
      throw new UserException(TODAY_ENV + " must be a date like 2026-12-31, not '" + fixed + "'");
    }
  }

  /** "ETH" or the token's checksummed address, as the JSON output names assets. */
  static String asset(Invoice i) {
    return i.isNative() ? Invoice.ETH : Address.parse(i.asset()).toString();
  }

  static String units(Invoice i, BigInteger raw) {
    return Quantities.format(raw, i.decimals());
  }

  /** The JSON of an invoice as {@code invoice list} prints it. */
  ObjectNode json(InvoiceState s) {
    Invoice i = s.invoice();
    ObjectNode n =
        input
            .json()
            .put("id", i.id())
            .put("status", s.status().id())
            .put("asset", asset(i))
            .put("symbol", i.symbol())
            .put("amount", units(i, i.amount()))
            .put("paid", units(i, s.paid()))
            .put("remaining", units(i, s.remaining()))
            .put("excess", units(i, s.excess()))
            .put("payTo", Address.parse(i.payTo()).toString())
            .put("customer", i.customer())
            .put("reference", i.reference())
            .put("issued", i.issued().toString())
            .put("due", i.due() == null ? null : i.due().toString())
            .put("chainId", i.chainId());
    ArrayNode payments = n.putArray("payments");
    for (InvoiceState.MatchedPayment p : s.payments()) {
      payments
          .addObject()
          .put("hash", p.payment().hash())
          .put(
              "from",
              p.payment().from().isEmpty() ? "" : Address.parse(p.payment().from()).toString())
          .put("amount", units(i, p.payment().amount()))
          .put("blockNumber", p.payment().blockNumber())
          .put("byHand", p.byHand());
    }
    return n;
  }

  /** One line of text for an invoice. */
  static String line(InvoiceState s) {
    Invoice i = s.invoice();
    String more =
        switch (s.status()) {
          case PARTIAL, LATE -> "  remaining " + units(i, s.remaining());
          case OVERPAID -> "  excess " + units(i, s.excess());
          default -> "";
        };
    return String.format(
        "%s  %-9s  %s %s  paid %s%s  %s%s",
        i.id(),
        s.status().id(),
        units(i, i.amount()),
        i.symbol(),
        units(i, s.paid()),
        more,
        i.customer().isEmpty() ? "-" : i.customer(),
        i.due() == null ? "" : "  due " + i.due());
  }
}
