package io.abacus.wallet.tx;

import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/** Field checks shared by the transaction records. */
final class Fields {
  private static final BigInteger MAX_NONCE = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final BigInteger MAX_UINT256 =
      BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private Fields() {}

  static void chainId(long chainId) {
    if (chainId <= 0) {
      throw new InvalidTransactionException(
          "chainId must be positive, not "
              + chainId
              + ": Abacus signs only with a chain id (EIP-155), since a transaction signed without"
              + " one could be replayed on every other chain");
    }
  }

  static void nonce(BigInteger nonce) {
    uint(nonce, "nonce");
    if (nonce.compareTo(MAX_NONCE) > 0) {
      throw new InvalidTransactionException("nonce must fit 64 bits");
    }
  }

  static void gasLimit(BigInteger gas) {
    nonce(Objects.requireNonNull(gas, "gasLimit"));
  }

  static void uint(BigInteger value, String what) {
    if (value == null) {
      throw new InvalidTransactionException(what + " is missing");
    }
    if (value.signum() < 0) {
      throw new InvalidTransactionException(what + " must not be negative");
    }
    if (value.compareTo(MAX_UINT256) > 0) {
      throw new InvalidTransactionException(what + " is larger than 2^256-1");
    }
  }

  static HexBytes data(HexBytes data) {
    return data == null ? HexBytes.EMPTY : data;
  }

  static List<AccessListEntry> accessList(List<AccessListEntry> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
