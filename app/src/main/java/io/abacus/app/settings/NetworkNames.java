package io.abacus.app.settings;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.network.Network;

/**
 * The name of a network as the user reads it: a built-in network's name in the UI language when the
 * bundles translate it ({@code network.name.<id>}); a network the user added keeps the name they
 * gave it.
 */
public final class NetworkNames {
  private NetworkNames() {}

  /** {@code network}'s name for the UI in {@code i18n}'s language. */
  public static String display(Network network, I18n i18n) {
    String key = "network.name." + network.id();
    return network.kind() != Network.Kind.CUSTOM && i18n.has(key) ? i18n.get(key) : network.name();
  }
}
