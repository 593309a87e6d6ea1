package io.abacus.wallet.tx;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.signing.Signature;

/**
 * A signed transaction ready to broadcast.
 *
 * @param transaction what was signed
 * @param signature the low-s signature over the signing payload's Keccak-256
 * @param from the recovered signer
 * @param raw the network encoding ({@code eth_sendRawTransaction} input)
 * @param hash the transaction hash: Keccak-256 of {@code raw}
 */
public record SignedTransaction(
    Transaction transaction, Signature signature, Address from, HexBytes raw, HexBytes hash) {}
