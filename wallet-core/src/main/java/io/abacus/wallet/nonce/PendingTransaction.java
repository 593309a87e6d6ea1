package io.abacus.wallet.nonce;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;

/**
 * A transaction this wallet broadcast and has not yet seen mined.
 *
 * @param raw the signed bytes, kept so the exact same transaction can be looked up or replaced
 */
public record PendingTransaction(
    HexBytes hash, Address from, long chainId, BigInteger nonce, HexBytes raw) {}
