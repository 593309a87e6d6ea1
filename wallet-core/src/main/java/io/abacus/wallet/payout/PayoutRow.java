package io.abacus.wallet.payout;

/**
 * One data row of a payout CSV, as written in the file.
 *
 * @param line the row's line in the file as a spreadsheet numbers it (the header is line 1)
 * @param to an address or an address-book name
 * @param amount a decimal amount in the asset's units
 * @param asset {@code ETH} (or {@code native}), a registry symbol, or a token address
 * @param reference free text for the accountant, may be empty
 */
public record PayoutRow(int line, String to, String amount, String asset, String reference) {
  public PayoutRow {
    to = to == null ? "" : to.strip();
    amount = amount == null ? "" : amount.strip();
    asset = asset == null ? "" : asset.strip();
    reference = reference == null ? "" : reference.strip();
  }
}
