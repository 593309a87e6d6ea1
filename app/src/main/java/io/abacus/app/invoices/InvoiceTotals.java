package io.abacus.app.invoices;

import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.InvoiceStatus;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals per asset: still owed on open invoices, received this month, and owed on late invoices.
 *
 * @param symbol the asset's symbol
 * @param asset "ETH" or the token contract
 * @param open remaining on open, partly paid and late invoices, in asset units
 * @param paidThisMonth payments counted for invoices in the month of {@code today}, in asset units
 * @param late remaining on late invoices, in asset units
 */
public record InvoiceTotals(
    String symbol, String asset, String open, String paidThisMonth, String late) {

  /** The totals of {@code states}, one per asset in first-seen order. */
  public static List<InvoiceTotals> of(List<InvoiceState> states, LocalDate today) {
    Map<String, BigInteger[]> sums = new LinkedHashMap<>();
    Map<String, Invoice> sample = new LinkedHashMap<>();
    for (InvoiceState s : states) {
      Invoice i = s.invoice();
      String key = i.chainId() + "/" + i.asset();
      sample.putIfAbsent(key, i);
      BigInteger[] sum =
          sums.computeIfAbsent(
              key, k -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO});
      if (s.status() == InvoiceStatus.OPEN
          || s.status() == InvoiceStatus.PARTIAL
          || s.status() == InvoiceStatus.LATE) {
        sum[0] = sum[0].add(s.remaining());
      }
      if (s.status() == InvoiceStatus.LATE) {
        sum[2] = sum[2].add(s.remaining());
      }
      for (InvoiceState.MatchedPayment p : s.payments()) {
        LocalDate day =
            Instant.ofEpochSecond(p.payment().time()).atZone(ZoneOffset.UTC).toLocalDate();
        if (day.getYear() == today.getYear() && day.getMonth() == today.getMonth()) {
          sum[1] = sum[1].add(p.payment().amount());
        }
      }
    }
    List<InvoiceTotals> out = new ArrayList<>();
    sums.forEach(
        (key, sum) -> {
          Invoice i = sample.get(key);
          out.add(
              new InvoiceTotals(
                  i.symbol(),
                  i.asset(),
                  Quantities.format(sum[0], i.decimals()),
                  Quantities.format(sum[1], i.decimals()),
                  Quantities.format(sum[2], i.decimals())));
        });
    return out;
  }
}
