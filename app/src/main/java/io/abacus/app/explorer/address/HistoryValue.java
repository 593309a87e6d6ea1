package io.abacus.app.explorer.address;

import io.abacus.app.explorer.Formats;
import io.abacus.app.i18n.I18n;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What moved for an address in one history row: the transaction's value where the address sent or
 * received it, the native coin it received or sent by internal transfers ({@code +2 ETH internal}
 * for a contract call that forwarded it), and each of its token transfers in units with the symbol,
 * signed from the address's side ({@code −25.5 TUSD}). A token payment is not "0 ETH", and a
 * forwarded payment does not show the value the caller sent to the contract.
 */
final class HistoryValue {
  private HistoryValue() {}

  static String text(
      QueryRecords.HistoryItem i, Address address, int decimals, String currency, I18n i18n) {
    boolean party = address.equals(i.from()) || address.equals(i.to());
    boolean internal = i.internalIn().signum() != 0 || i.internalOut().signum() != 0;
    boolean nothingElse = i.tokenTransfers().isEmpty() && !internal;
    List<String> parts = new ArrayList<>();
    if (party ? i.value().signum() != 0 || nothingElse : nothingElse) {
      parts.add(Formats.units(i.value(), decimals) + " " + currency);
    }
    if (i.internalIn().signum() != 0) {
      parts.add(
          i18n.format("explorer.history.internal", coin("+", i.internalIn(), decimals, currency)));
    }
    if (i.internalOut().signum() != 0) {
      parts.add(
          i18n.format("explorer.history.internal", coin("−", i.internalOut(), decimals, currency)));
    }
    for (QueryRecords.TokenTransfer t : i.tokenTransfers()) {
      boolean out = t.from().equals(address) && !t.to().equals(address);
      parts.add((out ? "−" : "+") + Formats.transferAmount(t));
    }
    return String.join(", ", parts);
  }

  private static String coin(String sign, BigInteger wei, int decimals, String currency) {
    return sign + Formats.units(wei, decimals) + " " + currency;
  }
}
