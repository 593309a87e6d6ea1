package io.abacus.wallet.send;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.fees.FeeOracle;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.fees.GasEstimator;
import io.abacus.wallet.nonce.NonceManager;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.token.NotAnErc20Exception;
import io.abacus.wallet.tx.Erc20Calldata;
import io.abacus.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Turns a {@link Payment} into an unsigned transaction and its summary, after the safety checks:
 * right chain, enough ETH for value plus worst-case fee, enough tokens for a token payment.
 */
public final class PaymentPlanner {
  /** Margin added to gas estimates of contract calls. */
  public static final int GAS_MARGIN_PERCENT = 20;

  private final NodeClient node;
  private final NonceManager nonces;
  private final long chainId;
  private final String networkName;
  private final TransactionSummary.Token nativeCurrency;

  /** A transaction ready for signing, with what to show the user. */
  public record Plan(Transaction transaction, TransactionSummary summary) {}

  public PaymentPlanner(NodeClient node, NonceManager nonces, long chainId, String networkName) {
    this(node, nonces, chainId, networkName, new TransactionSummary.Token("ETH", 18));
  }

  /**
   * @param nativeCurrency the chain's native currency symbol and decimals, for the summary
   */
  public PaymentPlanner(
      NodeClient node,
      NonceManager nonces,
      long chainId,
      String networkName,
      TransactionSummary.Token nativeCurrency) {
    this.nativeCurrency = nativeCurrency;
    this.node = node;
    this.nonces = nonces;
    this.chainId = chainId;
    this.networkName = networkName;
  }

  /**
   * Plans {@code p}.
   *
   * @throws SafetyException for a wrong chain or insufficient funds
   * @throws RpcException when the node fails or rejects the estimate (e.g. the call reverts)
   */
  public Plan plan(Payment p) {
    SafetyChecks checks = new SafetyChecks(node);
    checks.requireChain(chainId);
    Address callTo = p.token().orElse(p.to());
    BigInteger value = p.token().isPresent() ? BigInteger.ZERO : p.amount();
    HexBytes data = p.token().isPresent() ? Erc20Calldata.transfer(p.to(), p.amount()) : p.data();
    Optional<TransactionSummary.Token> token = p.token().flatMap(this::tokenInfo);
    if (p.token().isPresent()) {
      requireTokens(p, token);
    }
    Fees fees = p.customFees().orElseGet(() -> new FeeOracle(node).suggest(p.speed()));
    BigInteger gas =
        p.gasLimit()
            .orElseGet(
                () ->
                    new GasEstimator(node, GAS_MARGIN_PERCENT)
                        .gasLimit(new CallRequest(p.from(), callTo, value, data)));
    BigInteger nonce = nonces.next(p.from(), chainId);
    Transaction tx = TransactionDrafts.of(chainId, nonce, fees, gas, callTo, value, data);
    checks.requireFunds(p.from(), tx);
    Optional<BigInteger> baseFee = node.baseFee("pending");
    return new Plan(
        tx, TransactionSummary.of(tx, p.from(), networkName, nativeCurrency, token, baseFee));
  }

  private void requireTokens(Payment p, Optional<TransactionSummary.Token> token) {
    BigInteger balance;
    try {
      balance = new Erc20Reader(node).balance(p.token().get(), p.from(), "pending");
    } catch (NotAnErc20Exception e) {
      throw new SafetyException(e.getMessage());
    }
    if (balance.compareTo(p.amount()) < 0) {
      int decimals = token.map(TransactionSummary.Token::decimals).orElse(0);
      String unit = token.map(TransactionSummary.Token::symbol).orElse("units");
      throw new SafetyException(
          "insufficient token balance: "
              + p.from()
              + " has "
              + Quantities.format(balance, decimals)
              + " "
              + unit
              + " but the payment is "
              + Quantities.format(p.amount(), decimals)
              + " "
              + unit);
    }
  }

  /**
   * The token's symbol and decimals, empty if the contract does not answer them.
   *
   * @throws RpcException if the node fails (other than the call reverting)
   */
  public Optional<TransactionSummary.Token> tokenInfo(Address token) {
    return new Erc20Reader(node)
        .describe(token)
        .map(t -> new TransactionSummary.Token(t.symbol(), t.decimals()));
  }
}
