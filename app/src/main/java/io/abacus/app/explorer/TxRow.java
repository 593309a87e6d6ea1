package io.abacus.app.explorer;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;

/**
 * A transaction in a list (a block's transactions).
 *
 * @param method the called function's name, selector, "Transfer" or "Create" ({@link
 *     io.abacus.explorer.abi.MethodNames})
 */
public record TxRow(
    String hash,
    long block,
    int index,
    Address from,
    Address to,
    BigInteger value,
    Integer status,
    String method) {}
