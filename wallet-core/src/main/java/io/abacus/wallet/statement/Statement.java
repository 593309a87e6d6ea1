package io.abacus.wallet.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A statement of account, format {@value #FORMAT} (specified in docs/statements.md): what the
 * accounts held at the start and end of a block range and every movement in between. All amounts
 * are decimal strings in units of the asset (ETH, or the token's decimals); addresses and hashes
 * are lower-case hex; times are ISO-8601 UTC.
 *
 * @param format always {@value #FORMAT}
 * @param chainId the chain's id
 * @param chainName the network's name as the creator calls it (not checked)
 * @param accounts the accounts covered, each of which signs
 * @param period the blocks covered
 * @param assets the assets that appear, with the symbol and decimals the amounts are written in
 * @param balances opening (at {@code fromBlock - 1}) and closing (at {@code toBlock}) balances
 * @param movements every movement of the accounts' funds in the period, oldest first
 * @param totals money in and out per asset
 * @param months money in and out per asset and calendar month (UTC)
 * @param counterparties how many distinct counterparties the movements have
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Statement(
    String format,
    long chainId,
    String chainName,
    List<String> accounts,
    Period period,
    List<Asset> assets,
    List<Balance> balances,
    List<Movement> movements,
    List<Total> totals,
    List<MonthTotal> months,
    int counterparties) {
  /** The format this class reads and writes. */
  public static final String FORMAT = "abacus-statement/1";

  /** The native asset's name in {@code asset} fields. */
  public static final String ETH = "ETH";

  public Statement {
    Objects.requireNonNull(format, "format");
    accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
    Objects.requireNonNull(period, "period");
    assets = List.copyOf(Objects.requireNonNull(assets, "assets"));
    balances = List.copyOf(Objects.requireNonNull(balances, "balances"));
    movements = List.copyOf(Objects.requireNonNull(movements, "movements"));
    totals = totals == null ? List.of() : List.copyOf(totals);
    months = months == null ? List.of() : List.copyOf(months);
  }

  /** A copy with other movements, totals recomputed (for corrections and tests). */
  public Statement withMovements(List<Movement> changed) {
    StatementTotals t = StatementTotals.of(changed, assets);
    return new Statement(
        format,
        chainId,
        chainName,
        accounts,
        period,
        assets,
        balances,
        changed,
        t.totals(),
        t.months(),
        t.counterparties());
  }

  /** The decimals amounts of {@code asset} are written with, or -1 if it is not listed. */
  public int decimalsOf(String asset) {
    return assets.stream()
        .filter(a -> a.asset().equals(asset))
        .mapToInt(Asset::decimals)
        .findFirst()
        .orElse(-1);
  }

  /**
   * The blocks covered.
   *
   * @param fromBlock first block (at least 1)
   * @param fromBlockHash its hash
   * @param fromTime its timestamp
   * @param toBlock last block
   * @param toBlockHash its hash
   * @param toTime its timestamp
   */
  public record Period(
      long fromBlock,
      String fromBlockHash,
      String fromTime,
      long toBlock,
      String toBlockHash,
      String toTime) {}

  /**
   * An asset amounts are given in.
   *
   * @param asset {@value Statement#ETH} or the token contract
   * @param symbol its symbol
   * @param decimals the decimals of its amounts
   */
  public record Asset(String asset, String symbol, int decimals) {}

  /**
   * One account's balance of one asset at both ends of the period.
   *
   * @param account the account
   * @param asset {@value Statement#ETH} or the token contract
   * @param opening at the end of block {@code fromBlock - 1}
   * @param closing at the end of block {@code toBlock}
   */
  public record Balance(String account, String asset, String opening, String closing) {}

  /**
   * One movement of an account's funds.
   *
   * @param hash the transaction
   * @param blockNumber its block
   * @param time the block's timestamp
   * @param account the account whose funds move
   * @param direction {@code in}, {@code out} or {@code self}
   * @param counterparty the other side, or null for a contract creation
   * @param label the creator's name for the counterparty, or null (not checked)
   * @param asset {@value Statement#ETH} or the token contract
   * @param logIndex the token transfer's log index, or null for ETH
   * @param amount in units of the asset
   * @param fee the fee the account paid for the transaction in ETH, or null
   */
  public record Movement(
      String hash,
      long blockNumber,
      String time,
      String account,
      String direction,
      String counterparty,
      String label,
      String asset,
      Integer logIndex,
      String amount,
      String fee) {
    /** A copy with another amount. */
    public Movement withAmount(String other) {
      return new Movement(
          hash,
          blockNumber,
          time,
          account,
          direction,
          counterparty,
          label,
          asset,
          logIndex,
          other,
          fee);
    }
  }

  /**
   * Money in and out of the accounts in one asset.
   *
   * @param asset {@value Statement#ETH} or the token contract
   * @param in received from others
   * @param out sent to others
   * @param fees fees paid (ETH only; "0" for tokens)
   */
  public record Total(String asset, String in, String out, String fees) {}

  /**
   * Money in and out in one asset and month.
   *
   * @param month {@code YYYY-MM} (UTC)
   * @param asset {@value Statement#ETH} or the token contract
   * @param in received from others
   * @param out sent to others
   */
  public record MonthTotal(String month, String asset, String in, String out) {}
}
