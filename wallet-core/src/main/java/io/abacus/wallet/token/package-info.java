/**
 * ERC-20 tokens: one {@link io.abacus.wallet.token.Token} model, one {@link
 * io.abacus.wallet.token.TokenRegistry} per network merging bundled lists, the Sandbox's token,
 * tokens the user added and (later) tokens an explorer index has seen, and one {@link
 * io.abacus.wallet.token.Erc20Reader} that reads a contract's name, symbol, decimals and balances.
 */
package io.abacus.wallet.token;
