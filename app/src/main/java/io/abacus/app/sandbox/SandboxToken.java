package io.abacus.app.sandbox;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.token.Token;
import io.abacus.wallet.token.TokenSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Sandbox's Test USD for the token registry: listed on Sandbox networks once the Sandbox has
 * deployed it (the address recorded in {@code sandbox.json}; no node call).
 */
public final class SandboxToken implements TokenSource {
  private final Supplier<Optional<Address>> deployed;

  /**
   * @param deployed the Test USD contract, if deployed
   */
  public SandboxToken(Supplier<Optional<Address>> deployed) {
    this.deployed = deployed;
  }

  /** The Test USD the Sandbox of {@code dataDirectory} recorded. */
  public static SandboxToken inDataDirectory(Path dataDirectory) {
    SandboxInfo info = new SandboxInfo(SandboxFiles.in(dataDirectory).info());
    return new SandboxToken(info::tokenAddress);
  }

  @Override
  public List<Token> tokens(Network network) {
    if (network.kind() != Network.Kind.SANDBOX) {
      return List.of();
    }
    return deployed
        .get()
        .map(a -> List.of(new Token(a, TestUsd.SYMBOL, TestUsd.NAME, TestUsd.DECIMALS)))
        .orElse(List.of());
  }
}
