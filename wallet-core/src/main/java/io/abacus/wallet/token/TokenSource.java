package io.abacus.wallet.token;

import io.abacus.wallet.network.Network;
import java.io.IOException;
import java.util.List;

/**
 * Where a {@link TokenRegistry} learns tokens from: the bundled lists, the Sandbox's token, the
 * tokens the user added, and (an extension point) the token contracts an explorer index has seen.
 */
@FunctionalInterface
public interface TokenSource {
  /** No tokens. */
  TokenSource NONE = network -> List.of();

  /**
   * The tokens this source knows on {@code network}.
   *
   * @throws IOException if a file behind the source cannot be read
   */
  List<Token> tokens(Network network) throws IOException;
}
