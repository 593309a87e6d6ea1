package io.abacus.app.explorer;

import io.abacus.wallet.network.Network;
import java.nio.file.Path;

/**
 * Where each network's explorer index lives: {@code <dataDir>/indexes/<network-id>.sqlite}. The
 * explorer writes it; the wallet's activity screen reads the same file.
 */
public final class IndexLocations {
  private IndexLocations() {}

  /** The index file of {@code network} in {@code dataDirectory}. */
  public static Path of(Path dataDirectory, Network network) {
    return of(dataDirectory, network.id());
  }

  /** The index file of the network with id {@code networkId} in {@code dataDirectory}. */
  public static Path of(Path dataDirectory, String networkId) {
    if (networkId.isBlank() || !networkId.matches("[A-Za-z0-9._-]+") || networkId.startsWith(".")) {
      throw new IllegalArgumentException("not a usable network id for a file name: " + networkId);
    }
    return dataDirectory.resolve("indexes").resolve(networkId + ".sqlite");
  }
}
