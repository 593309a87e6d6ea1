package io.abacus.app.explorer;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;

/** A transaction in a list (a block's transactions). */
public record TxRow(
    String hash,
    long block,
    int index,
    Address from,
    Address to,
    BigInteger value,
    Integer status) {}
