package io.abacus.app.accounts;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;
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
}
