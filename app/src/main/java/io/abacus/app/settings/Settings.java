package io.abacus.app.settings;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's settings, stored as {@code settings.json} in the data folder. The file carries {@link
 * #CURRENT_VERSION}; older files are brought up to date by {@link SettingsMigrations}.
 *
 * @param version format version
 * @param theme light or dark
 * @param language UI language
 * @param autoLockMinutes lock the wallet after this many idle minutes (0 = never)
 * @param networks presets and custom networks, in display order
 * @param selectedNetworkId the network in use
 * @param invoicing the seller on invoices and the confirmations a payment needs (format 4)
 * @param multiSend the multi-send contract set for a network, by network id (format 5); networks
 *     without one are absent
 */
public record Settings(
    int version,
    Theme theme,
    Language language,
    int autoLockMinutes,
    List<Network> networks,
    String selectedNetworkId,
    InvoiceSettings invoicing,
    Map<String, Address> multiSend) {

  public static final int CURRENT_VERSION = 5;
  public static final int DEFAULT_AUTO_LOCK_MINUTES = 10;

  public Settings {
    networks = List.copyOf(networks);
    invoicing = invoicing == null ? InvoiceSettings.DEFAULTS : invoicing;
    multiSend = multiSend == null ? Map.of() : Map.copyOf(multiSend);
    if (autoLockMinutes < 0 || autoLockMinutes > 24 * 60) {
      throw new IllegalArgumentException("auto-lock must be 0..1440 minutes");
    }
  }

  /** First-start settings: presets, the sandbox selected, the system language. */
  public static Settings defaults(List<Network> presets, Language language) {
    String selected =
        presets.stream()
            .filter(n -> n.kind() == Network.Kind.SANDBOX)
            .findFirst()
            .or(() -> presets.stream().findFirst())
            .map(Network::id)
            .orElse("");
    return new Settings(
        CURRENT_VERSION,
        Theme.LIGHT,
        language,
        DEFAULT_AUTO_LOCK_MINUTES,
        presets,
        selected,
        InvoiceSettings.DEFAULTS,
        Map.of());
  }

  public Optional<Network> network(String id) {
    return networks.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  public Optional<Network> selectedNetwork() {
    return network(selectedNetworkId);
  }

  public Settings withTheme(Theme t) {
    return new Settings(
        version, t, language, autoLockMinutes, networks, selectedNetworkId, invoicing, multiSend);
  }

  public Settings withLanguage(Language l) {
    return new Settings(
        version, theme, l, autoLockMinutes, networks, selectedNetworkId, invoicing, multiSend);
  }

  public Settings withAutoLockMinutes(int minutes) {
    return new Settings(
        version, theme, language, minutes, networks, selectedNetworkId, invoicing, multiSend);
  }

  public Settings withSelectedNetwork(String id) {
    if (network(id).isEmpty()) {
      throw new IllegalArgumentException("no network " + id);
    }
    return new Settings(
        version, theme, language, autoLockMinutes, networks, id, invoicing, multiSend);
  }

  /** Adds {@code network}, or replaces the one with the same id. */
  public Settings withNetwork(Network network) {
    List<Network> list = new ArrayList<>(networks);
    int at = indexOf(network.id());
    if (at >= 0) {
      list.set(at, network);
    } else {
      list.add(network);
    }
    return withNetworks(list);
  }

  /** Removes a custom network; presets and the sandbox stay. */
  public Settings withoutNetwork(String id) {
    Network n = network(id).orElseThrow(() -> new IllegalArgumentException("no network " + id));
    if (n.kind() != Network.Kind.CUSTOM) {
      throw new IllegalArgumentException("built-in networks cannot be removed");
    }
    List<Network> list = new ArrayList<>(networks);
    list.remove(n);
    String selected = id.equals(selectedNetworkId) ? list.get(0).id() : selectedNetworkId;
    Map<String, Address> contracts = new LinkedHashMap<>(multiSend);
    contracts.remove(id);
    return new Settings(
        version, theme, language, autoLockMinutes, list, selected, invoicing, contracts);
  }

  public Settings withInvoicing(InvoiceSettings i) {
    return new Settings(
        version, theme, language, autoLockMinutes, networks, selectedNetworkId, i, multiSend);
  }

  /** The multi-send contract set for network {@code id}, if one is set. */
  public Optional<Address> multiSend(String id) {
    return Optional.ofNullable(multiSend.get(id));
  }

  /**
   * Sets (or, with an empty {@code contract}, clears) the multi-send contract of network {@code
   * id}.
   */
  public Settings withMultiSend(String id, Optional<Address> contract) {
    if (network(id).isEmpty()) {
      throw new IllegalArgumentException("no network " + id);
    }
    Map<String, Address> contracts = new LinkedHashMap<>(multiSend);
    contract.ifPresentOrElse(a -> contracts.put(id, a), () -> contracts.remove(id));
    return new Settings(
        version,
        theme,
        language,
        autoLockMinutes,
        networks,
        selectedNetworkId,
        invoicing,
        contracts);
  }

  /**
   * The same settings with {@code list} as the networks (same ids: credentials split or resolved).
   */
  Settings withNetworks(List<Network> list) {
    return new Settings(
        version, theme, language, autoLockMinutes, list, selectedNetworkId, invoicing, multiSend);
  }

  private int indexOf(String id) {
    for (int i = 0; i < networks.size(); i++) {
      if (networks.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
