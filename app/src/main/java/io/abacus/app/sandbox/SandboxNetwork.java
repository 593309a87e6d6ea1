package io.abacus.app.sandbox;

/**
 * The network preset of the built-in Sandbox: a local test chain Abacus runs itself. Everything on
 * it is test money; the UI shows {@link #testMoney()} prominently.
 *
 * @param name display name
 * @param chainId EIP-155 chain id
 * @param currency native currency symbol
 * @param testMoney true: balances on this network are worth nothing
 */
public record SandboxNetwork(String name, long chainId, String currency, boolean testMoney) {
  /** The Sandbox's chain id (anvil's default, never a public network). */
  public static final long CHAIN_ID = 31337;

  /** The Sandbox preset. */
  public static SandboxNetwork preset() {
    return new SandboxNetwork("Sandbox (local test chain)", CHAIN_ID, "ETH", true);
  }
}
