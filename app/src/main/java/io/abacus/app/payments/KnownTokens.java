package io.abacus.app.payments;

import io.abacus.wallet.address.Address;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** ERC-20 tokens the payment screens offer, per chain, in {@code <data>/payments/tokens.json}. */
public final class KnownTokens {
  private final JsonListFile<KnownToken> file;

  public KnownTokens(Path file) {
    this.file = new JsonListFile<>(file, KnownToken.class);
  }

  public static KnownTokens inDataDirectory(Path dataDirectory) {
    return new KnownTokens(dataDirectory.resolve("payments").resolve("tokens.json"));
  }

  /** The tokens of {@code chainId} as assets. */
  public synchronized List<Asset> of(long chainId) throws IOException {
    return file.read().stream()
        .filter(t -> t.chainId() == chainId)
        .map(t -> new Asset(t.symbol(), Address.parse(t.address()), t.decimals()))
        .toList();
  }

  /** Adds a token (or updates its symbol and decimals). */
  public synchronized void add(long chainId, Asset token) throws IOException {
    file.update(
        list -> {
          list.removeIf(
              t ->
                  t.chainId() == chainId && t.address().equalsIgnoreCase(token.token().toString()));
          list.add(
              new KnownToken(chainId, token.token().toString(), token.symbol(), token.decimals()));
          return list;
        });
  }
}
