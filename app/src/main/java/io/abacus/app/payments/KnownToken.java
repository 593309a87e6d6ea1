package io.abacus.app.payments;

/**
 * A token the user added (or the Sandbox provides) on one chain.
 *
 * @param chainId the chain
 * @param address the contract (EIP-55)
 * @param symbol its symbol
 * @param decimals its decimals
 */
public record KnownToken(long chainId, String address, String symbol, int decimals) {}
