package io.abacus.app.cli.explorer;

import io.abacus.app.cli.UserException;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.QueryRecords;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The address-history filters, shared by {@code query address} and {@code export address}. */
public final class HistoryOptions {
  @Option(names = "--direction", paramLabel = "in|out", description = "Only incoming or outgoing.")
  String direction;

  @Option(names = "--counterparty", paramLabel = "ADDR", description = "Only with this address.")
  String counterparty;

  @Option(names = "--token", paramLabel = "TOKEN", description = "Only moves of this token.")
  String token;

  @Option(names = "--from-block", paramLabel = "N", description = "From this block.")
  Long fromBlock;

  @Option(names = "--to-block", paramLabel = "N", description = "Up to this block.")
  Long toBlock;

  @Option(names = "--since", paramLabel = "DATE", description = "From this UTC date or instant.")
  String since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "Up to this UTC date (inclusive) or instant.")
  String until;

  @Option(
      names = "--min-value",
      paramLabel = "N",
      description = "Minimum wei (or token units with --token).")
  BigInteger minValue;

  HistoryFilter filter() {
    HistoryFilter f = HistoryFilter.none();
    if (direction != null) {
      switch (direction.toLowerCase(Locale.ROOT)) {
        case "in" -> f = f.withDirection(QueryRecords.Direction.IN);
        case "out" -> f = f.withDirection(QueryRecords.Direction.OUT);
        default ->
            throw new UserException("--direction must be 'in' or 'out', not '" + direction + "'");
      }
    }
    if (counterparty != null) {
      f = f.withCounterparty(ExplorerSupport.address(counterparty));
    }
    if (token != null) {
      f = f.withToken(ExplorerSupport.address(token));
    }
    if (minValue != null) {
      if (minValue.signum() < 0) {
        throw new UserException("--min-value cannot be negative");
      }
      f = f.withMinValue(minValue);
    }
    return f.withBlocks(fromBlock, toBlock).withTimes(time(since, false), time(until, true));
  }

  private static Instant time(String text, boolean endOfDay) {
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return endOfDay
            ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1)
            : day.atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new UserException(
          "'" + text + "' is not a date (2024-01-31) or instant (2024-01-31T12:00:00Z)");
    }
  }
}
