package io.abacus.wallet.rpc;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;

/**
 * The call object of {@code eth_call} and {@code eth_estimateGas}.
 *
 * @param from sender, may be null
 * @param to recipient, null for contract creation
 * @param value wei, may be null
 * @param data calldata, may be null
 */
public record CallRequest(Address from, Address to, BigInteger value, HexBytes data) {}
