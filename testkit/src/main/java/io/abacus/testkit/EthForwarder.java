package io.abacus.testkit;

/**
 * A minimal hand-written contract for tests of internal transactions: called with ETH, it sends
 * half of the value to one address, then its whole balance to another (two internal CALLs).
 */
public final class EthForwarder {
  private EthForwarder() {}

  /**
   * Runtime code (install with {@code anvil_setCode}) forwarding to {@code first} and {@code
   * second}, 0x-prefixed lower-case addresses: CALL(gas, first, callvalue / 2), then CALL(gas,
   * second, selfbalance), then STOP.
   */
  public static String code(String first, String second) {
    return "0x60006000600060003460029004"
        + "73"
        + first.substring(2)
        + "5af150"
        + "600060006000600047"
        + "73"
        + second.substring(2)
        + "5af15000";
  }
}
