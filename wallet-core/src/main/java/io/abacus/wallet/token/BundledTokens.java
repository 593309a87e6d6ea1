package io.abacus.wallet.token;

import io.abacus.wallet.network.Network;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The token lists shipped with Abacus, one resource per network: {@code
 * /abacus/tokens/<network-id>.json} (the repository's {@code resources/tokens/}).
 */
public final class BundledTokens implements TokenSource {
  private final ClassLoader loader;

  /**
   * @param loader the class loader whose resources hold the lists
   */
  public BundledTokens(ClassLoader loader) {
    this.loader = loader;
  }

  /** The lists on the application's class path. */
  public static BundledTokens onClassPath() {
    return new BundledTokens(BundledTokens.class.getClassLoader());
  }

  @Override
  public List<Token> tokens(Network network) throws IOException {
    if (!TokenListJson.safeId(network.id())) {
      return List.of();
    }
    String name = "abacus/tokens/" + network.id() + ".json";
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? List.of() : TokenListJson.parse(TokenListJson.JSON.readTree(in), name);
    }
  }
}
