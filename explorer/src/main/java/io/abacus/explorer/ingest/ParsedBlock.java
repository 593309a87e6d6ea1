package io.abacus.explorer.ingest;

import java.math.BigInteger;
import java.util.List;

/**
 * A block ready to store: binary hashes and addresses, exact amounts.
 *
 * @param baseFee null before EIP-1559
 */
public record ParsedBlock(
    long number,
    byte[] hash,
    byte[] parentHash,
    long timestamp,
    byte[] miner,
    long gasUsed,
    long gasLimit,
    BigInteger baseFee,
    List<Tx> transactions) {

  /** This block with {@code txs} instead of its transactions. */
  public ParsedBlock withTransactions(List<Tx> txs) {
    return new ParsedBlock(
        number, hash, parentHash, timestamp, miner, gasUsed, gasLimit, baseFee, List.copyOf(txs));
  }

  /** The transaction id the schema uses: {@code number * 2^20 + index}. */
  public static long txId(long blockNumber, int index) {
    return (blockNumber << 20) | index;
  }

  /**
   * A transaction with its receipt.
   *
   * @param to null for contract creation
   * @param status 1 success, 0 failure, null before Byzantium
   * @param gasPrice the effective gas price from the receipt (else the tx's gas price)
   * @param internals internal transfers from traces, empty when the index has no traces
   */
  public record Tx(
      int index,
      byte[] hash,
      byte[] from,
      byte[] to,
      BigInteger value,
      long nonce,
      long gas,
      BigInteger gasPrice,
      int type,
      byte[] input,
      Integer status,
      long gasUsed,
      byte[] contractCreated,
      List<Log> logs,
      List<TokenTransfer> transfers,
      List<InternalTransfer> internals) {

    /** This transaction with {@code list} as its internal transfers. */
    public Tx withInternals(List<InternalTransfer> list) {
      return new Tx(
          index,
          hash,
          from,
          to,
          value,
          nonce,
          gas,
          gasPrice,
          type,
          input,
          status,
          gasUsed,
          contractCreated,
          logs,
          transfers,
          List.copyOf(list));
    }
  }

  /**
   * An ETH transfer or contract creation inside a transaction (below its top-level call), from the
   * node's traces.
   *
   * @param traceIndex its position among the transaction's internal transfers, in call order
   * @param to the recipient, or the created contract
   * @param type {@code CALL}, {@code CREATE}, {@code CREATE2} or {@code SELFDESTRUCT}
   */
  public record InternalTransfer(
      int traceIndex, byte[] from, byte[] to, BigInteger value, String type) {}

  /** A log; {@code index} is its position in the block. */
  public record Log(int index, byte[] address, List<byte[]> topics, byte[] data) {}

  /**
   * A token movement decoded from a log.
   *
   * @param standard 20, 721 or 1155
   * @param tokenId null for ERC-20
   * @param value the amount (1 for ERC-721)
   */
  public record TokenTransfer(
      int logIndex,
      int batchIndex,
      int standard,
      byte[] token,
      byte[] from,
      byte[] to,
      BigInteger tokenId,
      BigInteger value) {}
}
