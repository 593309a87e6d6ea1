package io.abacus.explorer.query;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The records the query API returns. Hashes are lower-case 0x-hex; addresses are {@link Address}.
 */
public final class QueryRecords {
  private QueryRecords() {}

  /**
   * A block.
   *
   * @param confirmed false while within the confirmation depth of the node's last seen head
   */
  public record Block(
      long number,
      String hash,
      String parentHash,
      Instant timestamp,
      int txCount,
      long gasUsed,
      long gasLimit,
      BigInteger baseFee,
      Address miner,
      boolean confirmed) {}

  /**
   * A transaction with its receipt, logs and token transfers.
   *
   * @param to null for a contract creation
   * @param status 1 success, 0 failure, null when the chain predates receipts' status
   * @param internalTransfers ETH moved and contracts created inside it (empty without traces)
   */
  public record Transaction(
      String hash,
      long blockNumber,
      int index,
      Instant timestamp,
      Address from,
      Address to,
      BigInteger value,
      Integer status,
      long gasUsed,
      BigInteger gasPrice,
      BigInteger fee,
      Address contractCreated,
      String input,
      List<Log> logs,
      List<TokenTransfer> tokenTransfers,
      List<InternalTransfer> internalTransfers) {}

  /**
   * An internal ETH transfer or contract creation, from the node's traces.
   *
   * @param index its position among the transaction's internal transfers, in call order
   * @param to the recipient, or the created contract
   * @param type {@code CALL}, {@code CREATE}, {@code CREATE2} or {@code SELFDESTRUCT}
   */
  public record InternalTransfer(
      int index, Address from, Address to, BigInteger value, String type) {}

  /** A log. */
  public record Log(int index, Address address, List<String> topics, String data) {}

  /**
   * A token movement.
   *
   * @param standard 20, 721 or 1155
   * @param tokenId null for ERC-20
   */
  public record TokenTransfer(
      String txHash,
      long blockNumber,
      Instant timestamp,
      int logIndex,
      int batchIndex,
      int standard,
      Address token,
      Address from,
      Address to,
      BigInteger tokenId,
      BigInteger value,
      TokenInfo info) {

    /**
     * The ERC-20 amount in the token's units ({@code "25.5"}); empty if its decimals are unknown.
     */
    public Optional<String> amount() {
      return standard == 20 ? info.units(value) : Optional.empty();
    }
  }

  /**
   * What the index read from a token contract; {@code symbol} and {@code decimals} are null when it
   * did not answer like an ERC-20 token or has not been read yet.
   */
  public record TokenInfo(Address address, String name, String symbol, Integer decimals) {

    /** Nothing known of {@code address}. */
    public static TokenInfo unknown(Address address) {
      return new TokenInfo(address, null, null, null);
    }

    /** True if the symbol and decimals were read. */
    public boolean known() {
      return symbol != null && decimals != null;
    }

    /** {@code raw} base units in the token's units, trimmed; empty if the decimals are unknown. */
    public Optional<String> units(BigInteger raw) {
      return decimals == null ? Optional.empty() : Optional.of(Quantities.format(raw, decimals));
    }
  }

  /**
   * One transaction in an address's history.
   *
   * @param direction OUT when the address sent it or sent a token in it, IN otherwise
   * @param tokenTransfers the token transfers in it from or to the address
   * @param method the called function's name, selector, "Transfer" or "Create" ({@link
   *     io.abacus.explorer.abi.MethodNames})
   * @param internalIn native coin the address received in it by internal transfers (traces), in
   *     base units; zero without traces
   * @param internalOut native coin the address sent in it by internal transfers
   */
  public record HistoryItem(
      String hash,
      long blockNumber,
      int index,
      Instant timestamp,
      Address from,
      Address to,
      BigInteger value,
      Integer status,
      Direction direction,
      Cursor cursor,
      List<TokenTransfer> tokenTransfers,
      String method,
      BigInteger internalIn,
      BigInteger internalOut) {

    /** The item with the internal transfers in it into and out of the page's address. */
    public HistoryItem withInternal(BigInteger in, BigInteger out) {
      return new HistoryItem(
          hash,
          blockNumber,
          index,
          timestamp,
          from,
          to,
          value,
          status,
          direction,
          cursor,
          tokenTransfers,
          method,
          in,
          out);
    }

    /** The item with the token transfers in it that involve the page's address. */
    public HistoryItem withTokenTransfers(List<TokenTransfer> transfers) {
      return new HistoryItem(
          hash,
          blockNumber,
          index,
          timestamp,
          from,
          to,
          value,
          status,
          direction,
          cursor,
          List.copyOf(transfers),
          method,
          internalIn,
          internalOut);
    }
  }

  /** A page of newest-first history; {@code next} continues it, null at the end. */
  public record HistoryPage(Address address, long txCount, List<HistoryItem> items, Cursor next) {}

  /** A page of token transfers, newest first. */
  public record TransferPage(List<TokenTransfer> items, Cursor next) {}

  /**
   * Totals of one asset for an address; {@code asset} and {@code info} are null for the native
   * coin.
   */
  public record AssetTotals(Address asset, BigInteger in, BigInteger out, TokenInfo info) {}

  /**
   * A token's page: what the contract told the indexer, how many transfers, holders (positive
   * balance from transfers), minted (from the zero address), burned (to it) and the largest
   * holders.
   */
  public record TokenSummary(
      TokenInfo info,
      long transfers,
      long holderCount,
      BigInteger minted,
      BigInteger burned,
      List<Holder> topHolders) {}

  /** An address holding a token, its balance in base units as the transfers add up. */
  public record Holder(Address address, BigInteger balance) {}

  /** How often an address dealt with another. */
  public record Counterparty(Address address, long transactions) {}

  /** An address at a glance. */
  public record AddressSummary(
      Address address,
      long txCount,
      long sent,
      Instant firstSeen,
      Instant lastSeen,
      Long firstBlock,
      Long lastBlock,
      BigInteger feesPaid,
      List<AssetTotals> totals,
      List<Counterparty> topCounterparties,
      String label) {}

  /** Activity of one UTC day. */
  public record Daily(
      java.time.LocalDate day, long blocks, long transactions, BigInteger value, BigInteger fees) {}

  /** What a search string matched. */
  public record SearchHit(Kind kind, String key, String label) {
    /** Kinds of hits. */
    public enum Kind {
      TRANSACTION,
      BLOCK,
      ADDRESS,
      /** A token contract, found by its symbol or name; {@code key} is its address. */
      TOKEN
    }
  }

  /** A reorg the indexer rolled back. */
  public record ReorgRecord(
      Instant detectedAt, long height, long depth, String oldHash, String newHash) {}

  /** Which way a transaction went for an address. */
  public enum Direction {
    ANY,
    IN,
    OUT
  }
}
