package io.abacus.explorer.abi;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "method" of a transaction as block explorers show it: the called function's name from the
 * imported ABI or the bundled selectors ({@code transfer}, {@code approve}), the 4-byte selector
 * when neither knows it, {@value #TRANSFER} for a plain send and {@value #CREATE} for a contract
 * creation. Names from the bundled table are cached per selector; thread-safe.
 */
public final class MethodNames {
  /** The method of a transaction without input data (a plain ETH send). */
  public static final String TRANSFER = "Transfer";

  /** The method of a contract creation. */
  public static final String CREATE = "Create";

  private final AbiDecoder decoder;
  private final Map<String, String> bySelector = new ConcurrentHashMap<>();

  public MethodNames(AbiDecoder decoder) {
    this.decoder = decoder;
  }

  /**
   * The method of a transaction to {@code to} (null: a contract creation) whose input starts with
   * {@code input} (only its first 4 bytes are read; null or empty for a plain send).
   */
  public String of(Address to, byte[] input) {
    if (to == null) {
      return CREATE;
    }
    if (input == null || input.length == 0) {
      return TRANSFER;
    }
    if (input.length < 4) {
      return HexBytes.toHex(input);
    }
    String selector = HexBytes.toHex(Arrays.copyOf(input, 4));
    if (decoder.hasAbi(to)) {
      var imported = decoder.functionName(to, selector);
      if (imported.isPresent()) {
        return imported.get();
      }
    }
    return bySelector.computeIfAbsent(selector, s -> decoder.functionName(null, s).orElse(s));
  }

  /** The method of a transaction whose input is {@code inputHex} (0x-hex). */
  public String ofHex(Address to, String inputHex) {
    return of(to, inputHex == null ? null : HexBytes.decode(inputHex));
  }
}
