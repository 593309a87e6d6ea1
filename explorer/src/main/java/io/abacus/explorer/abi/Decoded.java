package io.abacus.explorer.abi;

import java.util.List;

/**
 * A decoded call or event: its signature and each argument as display text (decimal numbers, EIP-55
 * addresses, 0x-hex bytes, {@code [a, b]} arrays).
 *
 * @param source "abi" when decoded with an imported ABI, "selectors" with the bundled table
 */
public record Decoded(String name, String signature, List<Arg> args, String source) {
  /** One argument. */
  public record Arg(String name, String type, String value) {}
}
