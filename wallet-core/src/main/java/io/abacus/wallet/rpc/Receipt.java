package io.abacus.wallet.rpc;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A transaction receipt, reduced to what the wallet shows.
 *
 * @param transactionHash the transaction
 * @param blockNumber the block that included it
 * @param success status 1
 * @param gasUsed gas used
 * @param effectiveGasPrice the price paid per gas (null if the node omits it)
 * @param contractAddress the created contract, if any
 * @param revertReason the reason the node reported (Besu puts it in the receipt), if any
 */
public record Receipt(
    HexBytes transactionHash,
    BigInteger blockNumber,
    boolean success,
    BigInteger gasUsed,
    BigInteger effectiveGasPrice,
    Optional<Address> contractAddress,
    Optional<String> revertReason) {}
