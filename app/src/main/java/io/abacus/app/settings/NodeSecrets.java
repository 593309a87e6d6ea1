package io.abacus.app.settings;

import io.abacus.app.secrets.SecretStore;
import io.abacus.wallet.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps node credentials out of {@code settings.json}: on save, a network's auth header and a node
 * URL holding a password or API key go to the {@link SecretStore} and the file keeps the URL with
 * {@code ***} in their place; on load they are put back, so callers see whole {@link Network}s.
 */
final class NodeSecrets {
  private final SecretStore store;

  NodeSecrets(SecretStore store) {
    this.store = store;
  }

  /** True if {@code n} carries a credential that must not be written to the settings file. */
  static boolean hasCredentials(Network n) {
    return n.auth().isPresent() || UrlCredentials.present(n.rpcUrl());
  }

  /** Stores the credentials of {@code s} and returns the settings as the file may hold them. */
  Settings splitOut(Settings s) {
    List<Network> bare = new ArrayList<>();
    for (Network n : s.networks()) {
      keep(authKey(n), n.auth());
      boolean urlSecret = UrlCredentials.present(n.rpcUrl());
      keep(urlKey(n), urlSecret ? Optional.of(n.rpcUrl()) : Optional.empty());
      bare.add(withCredentials(n, UrlCredentials.redact(n.rpcUrl()), null));
    }
    return new Settings(
        s.version(), s.theme(), s.language(), s.autoLockMinutes(), bare, s.selectedNetworkId());
  }

  /** {@code s} as read from the file, with the stored credentials put back. */
  Settings resolve(Settings s) {
    List<Network> whole = new ArrayList<>();
    for (Network n : s.networks()) {
      String auth = n.auth().or(() -> store.get(authKey(n))).orElse(null);
      // A URL edited by hand since it was stored no longer matches its secret: keep the edit.
      String url =
          store
              .get(urlKey(n))
              .filter(full -> UrlCredentials.redact(full).equals(n.rpcUrl()))
              .orElse(n.rpcUrl());
      whole.add(withCredentials(n, url, auth));
    }
    return new Settings(
        s.version(), s.theme(), s.language(), s.autoLockMinutes(), whole, s.selectedNetworkId());
  }

  private void keep(String key, Optional<String> secret) {
    if (secret.isPresent()) {
      store.put(key, secret.get());
    } else {
      store.remove(key);
    }
  }

  private static Network withCredentials(Network n, String url, String auth) {
    return new Network(
        n.id(),
        n.name(),
        n.chainId(),
        url,
        n.currencySymbol(),
        n.decimals(),
        auth,
        n.kind(),
        n.testMoney());
  }

  private static String authKey(Network n) {
    return "network." + n.id() + ".authHeader";
  }

  private static String urlKey(Network n) {
    return "network." + n.id() + ".rpcUrl";
  }
}
