package io.abacus.wallet.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The totals of a statement's movements: in and out per asset (self-transfers count as neither),
 * fees, per month, and the number of distinct counterparties. A statement's totals must equal the
 * totals of its movements.
 *
 * @param totals per asset, in the order of the statement's assets
 * @param months per month then asset
 * @param counterparties distinct counterparties (contract creations not counted)
 */
public record StatementTotals(
    List<Statement.Total> totals, List<Statement.MonthTotal> months, int counterparties) {

  /** The totals of {@code movements}, whose assets are among {@code assets}. */
  public static StatementTotals of(
      List<Statement.Movement> movements, List<Statement.Asset> assets) {
    Map<String, BigDecimal[]> perAsset = new TreeMap<>();
    Map<String, BigDecimal[]> perMonth = new TreeMap<>();
    Set<String> others = new HashSet<>();
    for (Statement.Movement m : movements) {
      BigDecimal amount = new BigDecimal(m.amount());
      BigDecimal[] a = perAsset.computeIfAbsent(m.asset(), k -> zeros(3));
      String month = m.time().length() >= 7 ? m.time().substring(0, 7) : m.time();
      BigDecimal[] mo = perMonth.computeIfAbsent(month + "|" + m.asset(), k -> zeros(2));
      if ("in".equals(m.direction())) {
        a[0] = a[0].add(amount);
        mo[0] = mo[0].add(amount);
      } else if ("out".equals(m.direction())) {
        a[1] = a[1].add(amount);
        mo[1] = mo[1].add(amount);
      }
      if (m.fee() != null) {
        BigDecimal[] eth = perAsset.computeIfAbsent(Statement.ETH, k -> zeros(3));
        eth[2] = eth[2].add(new BigDecimal(m.fee()));
      }
      if (m.counterparty() != null && !m.counterparty().equals(m.account())) {
        others.add(m.counterparty());
      }
    }
    List<Statement.Total> totals = new ArrayList<>();
    for (Statement.Asset asset : assets) {
      BigDecimal[] a = perAsset.getOrDefault(asset.asset(), zeros(3));
      totals.add(new Statement.Total(asset.asset(), text(a[0]), text(a[1]), text(a[2])));
    }
    List<Statement.MonthTotal> months = new ArrayList<>();
    perMonth.forEach(
        (key, v) -> {
          int bar = key.indexOf('|');
          months.add(
              new Statement.MonthTotal(
                  key.substring(0, bar), key.substring(bar + 1), text(v[0]), text(v[1])));
        });
    return new StatementTotals(totals, months, others.size());
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] z = new BigDecimal[n];
    Arrays.fill(z, BigDecimal.ZERO);
    return z;
  }

  /** A decimal as the statement writes it: plain, no trailing zeros. */
  static String text(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.signum() == 0 ? "0" : s.toPlainString();
  }
}
