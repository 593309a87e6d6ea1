package io.abacus.app.tokens;

import io.abacus.app.sandbox.SandboxToken;
import io.abacus.wallet.token.AddedTokens;
import io.abacus.wallet.token.BundledTokens;
import io.abacus.wallet.token.TokenRegistry;
import io.abacus.wallet.token.TokenSource;
import java.nio.file.Path;

/** Builds the app's one token registry; the composition root shares it with every screen. */
public final class AppTokens {
  private AppTokens() {}

  /**
   * The registry of {@code dataDirectory}: the bundled lists, the Sandbox's Test USD, the tokens
   * the user added, then {@code seen} (tokens an explorer index has seen; {@link TokenSource#NONE}
   * until the index feeds it).
   */
  public static TokenRegistry registry(Path dataDirectory, TokenSource seen) {
    return TokenRegistry.of(
        BundledTokens.onClassPath(),
        SandboxToken.inDataDirectory(dataDirectory),
        AddedTokens.inDataDirectory(dataDirectory),
        seen);
  }

  /** As {@link #registry(Path, TokenSource)} without explorer-seen tokens. */
  public static TokenRegistry registry(Path dataDirectory) {
    return registry(dataDirectory, TokenSource.NONE);
  }
}
