package io.abacus.wallet.send;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.tx.DynamicFeeTransaction;
import io.abacus.wallet.tx.Erc20Calldata;
import io.abacus.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the user confirms before signing, in words.
 *
 * @param from the sender
 * @param to the recipient of the value (for a token transfer: the token's recipient), or null
 * @param asset the native currency's symbol, the token's symbol, or "token 0x.." when the symbol is
 *     unknown
 * @param amount decimal amount of {@code asset}
 * @param feeMin the least the fee can be, in the native currency
 * @param feeMax the most the fee can be, in the native currency
 * @param network the network's name and chain id
 * @param nonce the nonce
 * @param currency the network's native currency symbol (fees are paid in it)
 */
public record TransactionSummary(
    Address from,
    Address to,
    String asset,
    String amount,
    String feeMin,
    String feeMax,
    String network,
    BigInteger nonce,
    String currency) {

  /** True when the payment is in the native currency rather than a token. */
  public boolean isNative() {
    return asset.equals(currency);
  }

  /** A token's (or the native currency's) display data. */
  public record Token(String symbol, int decimals) {}

  /** Summarises {@code tx} on a chain whose native currency is ETH with 18 decimals. */
  public static TransactionSummary of(
      Transaction tx,
      Address from,
      String networkName,
      Optional<Token> token,
      Optional<BigInteger> baseFee) {
    return of(tx, from, networkName, new Token("ETH", 18), token, baseFee);
  }

  /**
   * Summarises {@code tx}. An ERC-20 {@code transfer} is shown as a token payment.
   *
   * @param native the network's native currency (consortium chains may have their own)
   * @param token the called contract's symbol and decimals, if known
   * @param baseFee the current base fee, if known, to narrow the fee range
   */
  public static TransactionSummary of(
      Transaction tx,
      Address from,
      String networkName,
      Token nativeCurrency,
      Optional<Token> token,
      Optional<BigInteger> baseFee) {
    String network = networkName + " (chain id " + tx.chainId() + ")";
    BigInteger minPerGas = tx.maxFeePerGas();
    if (tx instanceof DynamicFeeTransaction d) {
      BigInteger floor = baseFee.orElse(BigInteger.ZERO).add(d.maxPriorityFeePerGas());
      minPerGas = floor.min(d.maxFeePerGas());
    }
    int decimals = nativeCurrency.decimals();
    String feeMin = Quantities.format(tx.gasLimit().multiply(minPerGas), decimals);
    String feeMax = Quantities.format(tx.maxFee(), decimals);
    String currency = nativeCurrency.symbol();
    Optional<Erc20Calldata.Transfer> transfer =
        tx.to() == null || tx.value().signum() != 0
            ? Optional.empty()
            : Erc20Calldata.parseTransfer(tx.data());
    if (transfer.isPresent()) {
      Erc20Calldata.Transfer t = transfer.get();
      String asset = token.map(Token::symbol).orElse("token " + tx.to());
      String amount =
          token.map(k -> Quantities.format(t.amount(), k.decimals())).orElse(t.amount() + " units");
      return new TransactionSummary(
          from, t.recipient(), asset, amount, feeMin, feeMax, network, tx.nonce(), currency);
    }
    return new TransactionSummary(
        from,
        tx.to(),
        currency,
        Quantities.format(tx.value(), decimals),
        feeMin,
        feeMax,
        network,
        tx.nonce(),
        currency);
  }

  /** The summary as lines for a terminal or a confirmation dialog. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add("From:    " + from);
    out.add("To:      " + (to == null ? "(new contract)" : to.toString()));
    out.add("Amount:  " + amount + " " + asset);
    out.add(
        "Fee:     " + (feeMin.equals(feeMax) ? feeMax : feeMin + " to " + feeMax) + " " + currency);
    out.add("Network: " + network);
    out.add("Nonce:   " + nonce);
    return out;
  }
}
