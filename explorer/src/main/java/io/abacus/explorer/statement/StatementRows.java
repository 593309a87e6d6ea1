package io.abacus.explorer.statement;

import io.abacus.explorer.account.ActivityItem;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.statement.Statement;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.token.NotAnErc20Exception;
import java.math.BigInteger;
import java.time.Instant;

/** What the builder and the verifier both derive from the node, so they derive it alike. */
final class StatementRows {
  private final NodeClient node;
  private final Erc20Reader tokens;

  StatementRows(NodeClient node) {
    this.node = node;
    this.tokens = new Erc20Reader(node);
  }

  /** A movement of the chain as a statement writes it, amounts with {@code decimals}. */
  static Statement.Movement movement(ActivityItem i, int decimals, String label) {
    return new Statement.Movement(
        i.hash(),
        i.blockNumber(),
        Instant.ofEpochSecond(i.time()).toString(),
        i.account(),
        i.direction(),
        i.counterparty(),
        label,
        i.asset(),
        i.isNative() ? null : i.logIndex(),
        Quantities.format(i.amount(), decimals),
        i.fee() == null ? null : Quantities.formatEther(i.fee()));
  }

  /**
   * The raw balance of {@code account} in {@code asset} at the end of {@code block}: 0 for a token
   * not yet deployed then.
   *
   * @throws NotAnErc20Exception if a deployed token does not answer balanceOf
   */
  BigInteger balance(String account, String asset, long block) {
    Address owner = Address.parse(account);
    String at = Quantities.toHex(block);
    if (Statement.ETH.equals(asset)) {
      return node.balance(owner, at);
    }
    try {
      return tokens.balance(Address.parse(asset), owner, at);
    } catch (NotAnErc20Exception e) {
      String code = node.json().call("eth_getCode", asset, at).asText("0x");
      if ("0x".equals(code)) {
        return BigInteger.ZERO;
      }
      throw e;
    }
  }

  /** The symbol and decimals of an asset, read from the chain ("?" and 0 when unreadable). */
  Statement.Asset asset(String asset) {
    if (Statement.ETH.equals(asset)) {
      return new Statement.Asset(Statement.ETH, "ETH", 18);
    }
    return tokens
        .describe(Address.parse(asset))
        .map(t -> new Statement.Asset(asset, t.symbol(), t.decimals()))
        .orElse(new Statement.Asset(asset, "?", 0));
  }
}
