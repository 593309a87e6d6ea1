package io.abacus.app.invoices;

import io.abacus.wallet.csv.CsvWriter;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceState;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Accounts receivable as CSV: one row per payment of each invoice (one row with empty payment cells
 * for an invoice without payments). Amounts are in asset units as numeric cells.
 */
public final class InvoiceCsv {
  /** The header row. */
  public static final List<String> HEADER =
      List.of(
          "invoice",
          "chain_id",
          "customer",
          "reference",
          "issued",
          "due",
          "status",
          "asset",
          "symbol",
          "amount",
          "paid",
          "remaining",
          "excess",
          "pay_to",
          "payment_hash",
          "payment_from",
          "payment_amount",
          "payment_block",
          "assigned_by_hand");

  private InvoiceCsv() {}

  /** The CSV text of {@code states}. */
  public static String render(List<InvoiceState> states) {
    StringWriter out = new StringWriter();
    try {
      CsvWriter csv = new CsvWriter(out, HEADER);
      for (InvoiceState s : states) {
        if (s.payments().isEmpty()) {
          csv.row(cells(s, null));
        }
        for (InvoiceState.MatchedPayment p : s.payments()) {
          csv.row(cells(s, p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static Object[] cells(InvoiceState s, InvoiceState.MatchedPayment p) {
    Invoice i = s.invoice();
    return new Object[] {
      i.id(),
      i.chainId(),
      i.customer(),
      i.reference(),
      i.issued().toString(),
      i.due() == null ? null : i.due().toString(),
      s.status().id(),
      i.asset(),
      i.symbol(),
      units(i, i.amount()),
      units(i, s.paid()),
      units(i, s.remaining()),
      units(i, s.excess()),
      i.payTo(),
      p == null ? null : p.payment().hash(),
      p == null ? null : p.payment().from(),
      p == null ? null : units(i, p.payment().amount()),
      p == null ? null : p.payment().blockNumber(),
      p == null ? null : p.byHand()
    };
  }

  private static Object units(Invoice i, BigInteger raw) {
    return CsvWriter.number(Quantities.format(raw, i.decimals()));
  }
}
