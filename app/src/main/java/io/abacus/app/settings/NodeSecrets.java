package io.abacus.app.settings;

import io.abacus.app.secrets.SecretStore;
import io.abacus.wallet.network.Network;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps node credentials out of {@code settings.json}: on save, a network's auth header and a node
 * URL holding a password or API key go to the {@link SecretStore} and the file keeps {@code ***} in
 * their place; on load they are put back, so callers see whole {@link Network}s.
 *
 * <p>The {@code ***} marks are also the index of what the store holds: only marked networks are
 * looked up on load, and a save writes only the credentials networks have and removes only those
 * the file marked. The store (the OS keychain when there is one) is slow, and settings are loaded
 * before the first frame and saved on every theme or network change, mostly with no credential at
 * all.
 */
final class NodeSecrets {
  private final SecretStore store;

  NodeSecrets(SecretStore store) {
    this.store = store;
  }

  /** True if {@code n} carries a credential that must not be written to the settings file. */
  static boolean hasCredentials(Network n) {
    return auth(n).isPresent() || UrlCredentials.present(n.rpcUrl());
  }

  /** The auth header of {@code n}, not counting the file's mark for a stored one. */
  private static Optional<String> auth(Network n) {
    return n.auth().filter(a -> !UrlCredentials.MASK.equals(a));
  }

  /**
   * Stores the credentials of {@code s} and returns the settings as the file may hold them.
   *
   * @param before the settings as the file holds them now (marks included), or null if there is
   *     none: the credentials it marks and {@code s} no longer has are removed from the store
   */
  Settings splitOut(Settings s, Settings before) {
    Set<String> marked = marked(before);
    Set<String> kept = new HashSet<>();
    List<Network> bare = new ArrayList<>();
    for (Network n : s.networks()) {
      Optional<String> auth = auth(n);
      boolean urlSecret = UrlCredentials.present(n.rpcUrl());
      keep(authKey(n), auth, kept);
      keep(urlKey(n), urlSecret ? Optional.of(n.rpcUrl()) : Optional.empty(), kept);
      String authMark = auth.isPresent() ? UrlCredentials.MASK : null;
      bare.add(withCredentials(n, UrlCredentials.redact(n.rpcUrl()), authMark));
    }
    for (String key : marked) {
      if (!kept.contains(key)) {
        store.remove(key);
      }
    }
    return s.withNetworks(bare);
  }

  /** {@code s} as read from the file, with the stored credentials put back. */
  Settings resolve(Settings s) {
    List<Network> whole = new ArrayList<>();
    for (Network n : s.networks()) {
      String auth =
          UrlCredentials.MASK.equals(n.auth().orElse(null))
              ? store.get(authKey(n)).orElse(null)
              : n.auth().orElse(null);
      String url = n.rpcUrl();
      if (url != null && url.contains(UrlCredentials.MASK)) {
        // A URL edited by hand since it was stored no longer matches its secret: keep the edit.
        url =
            store
                .get(urlKey(n))
                .filter(full -> UrlCredentials.redact(full).equals(n.rpcUrl()))
                .orElse(url);
      }
      whole.add(withCredentials(n, url, auth));
    }
    return s.withNetworks(whole);
  }

  /** True if {@code file} marks an auth header that {@code resolved} did not find in the store. */
  static boolean marksMissing(Settings file, Settings resolved) {
    for (int i = 0; i < file.networks().size(); i++) {
      boolean marked = UrlCredentials.MASK.equals(file.networks().get(i).auth().orElse(null));
      if (marked && resolved.networks().get(i).auth().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> marked(Settings file) {
    Set<String> keys = new HashSet<>();
    if (file != null) {
      for (Network n : file.networks()) {
        if (n.auth().isPresent()) {
          keys.add(authKey(n));
        }
        if (n.rpcUrl() != null && n.rpcUrl().contains(UrlCredentials.MASK)) {
          keys.add(urlKey(n));
        }
      }
    }
    return keys;
  }

  private void keep(String key, Optional<String> secret, Set<String> kept) {
    if (secret.isPresent()) {
      store.put(key, secret.get());
      kept.add(key);
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
