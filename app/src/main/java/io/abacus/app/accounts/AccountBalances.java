package io.abacus.app.accounts;

import io.abacus.app.ui.AmountText;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.token.NotAnErc20Exception;
import io.abacus.wallet.token.Token;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Balances read from the node in one refresh.
 *
 * @param block the block they were read at
 * @param eth native balance per account
 * @param tokens the tokens asked about
 * @param tokenBalances per account, per token contract; a token whose call failed is missing
 */
record AccountBalances(
    BigInteger block,
    Map<Address, BigInteger> eth,
    List<Token> tokens,
    Map<Address, Map<Address, BigInteger>> tokenBalances) {

  Optional<BigInteger> eth(Address account) {
    return Optional.ofNullable(eth.get(account));
  }

  Optional<BigInteger> token(Address account, Token token) {
    return Optional.ofNullable(tokenBalances.getOrDefault(account, Map.of()).get(token.address()));
  }

  /** Reads the native and token balances of {@code accounts} at the node's latest block. */
  static AccountBalances load(NodeClient node, List<Token> tokens, List<Address> accounts) {
    BigInteger block = node.blockNumber();
    String at = Quantities.toHex(block);
    Map<Address, BigInteger> eth = new HashMap<>();
    Map<Address, Map<Address, BigInteger>> tokenBalances = new HashMap<>();
    Erc20Reader reader = new Erc20Reader(node);
    for (Address a : accounts) {
      eth.put(a, node.balance(a, at));
      Map<Address, BigInteger> mine = new HashMap<>();
      for (Token t : tokens) {
        try {
          mine.put(t.address(), reader.balance(t.address(), a, at));
        } catch (NotAnErc20Exception | RpcException notAToken) {
          // Shown as unknown for this token; the others still count.
        }
      }
      tokenBalances.put(a, mine);
    }
    return new AccountBalances(block, eth, tokens, tokenBalances);
  }

  /**
   * The token balances of {@code account} for the list in full precision, thousands grouped, e.g.
   * "1,012.5 USDC · ? DAI".
   */
  String summary(Address account) {
    List<String> parts = new ArrayList<>();
    for (Token t : tokens) {
      parts.add(
          token(account, t).map(v -> AmountText.grouped(v, t.decimals())).orElse("?")
              + " "
              + t.symbol());
    }
    return String.join(" · ", parts);
  }

  /**
   * The exact token balances of {@code account}, one per line: "1000.5 USDC (1000500000 base
   * units)" through {@code line} (amount, symbol, base units).
   */
  List<String> exactTokens(Address account, ExactLine line) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      token(account, t)
          .ifPresent(
              v ->
                  out.add(line.text(Quantities.format(v, t.decimals()), t.symbol(), v.toString())));
    }
    return out;
  }

  /**
   * The list line of {@code account}: its native balance in full precision ("1,234.5 ETH", "…" when
   * unknown), its tokens, and the exact values for the tooltip.
   */
  AccountsViewModel.Row row(
      Account account, boolean selected, String symbol, int decimals, ExactLine line) {
    Address a = account.address();
    Optional<BigInteger> ownBalance = eth(a);
    List<String> exact = new ArrayList<>();
    ownBalance.ifPresent(
        v -> exact.add(line.text(Quantities.format(v, decimals), symbol, v.toString())));
    exact.addAll(exactTokens(a, line));
    return new AccountsViewModel.Row(
        account,
        selected,
        ownBalance.map(v -> AmountText.grouped(v, decimals) + " " + symbol).orElse("…"),
        summary(a),
        String.join("\n", exact));
  }

  /** Words one exact balance: its plain decimal amount, the symbol and the base units. */
  @FunctionalInterface
  interface ExactLine {
    String text(String amount, String symbol, String units);
  }
}
