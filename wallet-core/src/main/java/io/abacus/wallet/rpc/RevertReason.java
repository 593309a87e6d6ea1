package io.abacus.wallet.rpc;

import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Decodes Solidity revert data: {@code Error(string)} and {@code Panic(uint256)}. */
public final class RevertReason {
  private static final String ERROR_SELECTOR = "08c379a0";
  private static final String PANIC_SELECTOR = "4e487b71";

  private RevertReason() {}

  /**
   * The human-readable reason in revert data, if it is {@code Error(string)} or {@code
   * Panic(uint256)}; empty for anything else (custom errors, garbage, null).
   */
  public static Optional<String> fromErrorData(String hex) {
    if (hex == null) {
      return Optional.empty();
    }
    byte[] b;
    try {
      b = HexBytes.parse(hex).toBytes();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (b.length < 4 + 32) {
      return Optional.empty();
    }
    String selector = HexBytes.of(Arrays.copyOf(b, 4)).toHex().substring(2);
    if (selector.equals(PANIC_SELECTOR)) {
      return Optional.of("panic 0x" + new BigInteger(1, Arrays.copyOfRange(b, 4, 36)).toString(16));
    }
    if (!selector.equals(ERROR_SELECTOR) || b.length < 4 + 64) {
      return Optional.empty();
    }
    BigInteger offset = new BigInteger(1, Arrays.copyOfRange(b, 4, 36));
    if (offset.compareTo(BigInteger.valueOf(b.length)) > 0) {
      return Optional.empty();
    }
    int start = 4 + offset.intValue();
    if (start + 32 > b.length) {
      return Optional.empty();
    }
    BigInteger len = new BigInteger(1, Arrays.copyOfRange(b, start, start + 32));
    if (len.compareTo(BigInteger.valueOf(b.length - start - 32L)) > 0) {
      return Optional.empty();
    }
    int from = start + 32;
    return Optional.of(
        new String(Arrays.copyOfRange(b, from, from + len.intValue()), StandardCharsets.UTF_8));
  }

  /** Decodes revert data if possible, else returns the text as the node gave it. */
  public static String decodeOrRaw(String text) {
    return fromErrorData(text).orElse(text);
  }
}
