package io.abacus.testkit;

import java.util.List;

/**
 * How to start anvil.
 *
 * @param chainId chain id the node reports
 * @param automine whether each transaction is mined at once (false: mine on demand)
 * @param extraArgs further anvil command-line arguments
 */
public record AnvilOptions(long chainId, boolean automine, List<String> extraArgs) {

  /** The test chain's standard mnemonic: anvil's default. */
  public static final String TEST_MNEMONIC =
      "test test test test test test test test test test test junk";

  public AnvilOptions {
    extraArgs = List.copyOf(extraArgs);
  }

  /** Chain id 31337, automine on. */
  public static AnvilOptions defaults() {
    return new AnvilOptions(31337, true, List.of());
  }
}
