package io.abacus.app.payouts;

/**
 * One row of the Payouts page's table: the CSV row as written and how far it got.
 *
 * @param line the CSV line
 * @param to the {@code to} cell
 * @param amount the {@code amount} cell
 * @param asset the {@code asset} cell
 * @param state what the row is now: {@code error}, {@code warning}, {@code ready}, or a journal
 *     status ({@code planned}, {@code signed}, {@code broadcast}, {@code confirmed}, {@code
 *     failed})
 * @param detail the row's error or warning, or its transaction hash, or empty
 */
public record PayoutLine(
    int line, String to, String amount, String asset, String state, String detail) {}
