package io.abacus.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import io.abacus.wallet.network.Network;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Explicit JSON mapping of settings, so the file format is visible and stable. */
final class SettingsJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SettingsJson() {}

  static Settings settings(JsonNode doc, List<Network> presets) {
    List<Network> networks = new ArrayList<>();
    Map<String, Address> multiSend = new HashMap<>();
    for (JsonNode n : doc.path("networks")) {
      Network network = network(n);
      networks.add(network);
      multiSend(n).ifPresent(a -> multiSend.put(network.id(), a));
    }
    // Presets added by a newer Abacus appear even in old settings files.
    for (Network preset : presets) {
      if (networks.stream().noneMatch(n -> n.id().equals(preset.id()))) {
        networks.add(preset);
      }
    }
    String stored = doc.path("selectedNetworkId").asText("");
    String selected =
        networks.stream().anyMatch(n -> n.id().equals(stored))
            ? stored
            : Settings.defaults(networks, Language.ENGLISH).selectedNetworkId();
    return new Settings(
        doc.path("version").asInt(Settings.CURRENT_VERSION),
        enumValue(Theme.class, doc.path("theme").asText(), Theme.LIGHT),
        Language.forTag(doc.path("language").asText("en")),
        doc.path("autoLockMinutes").asInt(Settings.DEFAULT_AUTO_LOCK_MINUTES),
        networks,
        selected,
        invoicing(doc.path("invoicing")),
        multiSend);
  }

  /**
   * The network's {@code "multiSendContract"} (format 5; null when none is set).
   *
   * @throws IllegalArgumentException when it is not an address (a damaged file)
   */
  private static Optional<Address> multiSend(JsonNode network) {
    JsonNode v = network.path("multiSendContract");
    if (!v.isTextual() || v.asText().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Address.parse(v.asText()));
    } catch (InvalidAddressException e) {
      throw new IllegalArgumentException(
          "network " + network.path("id").asText() + ": multiSendContract: " + e.getMessage(), e);
    }
  }

  static InvoiceSettings invoicing(JsonNode n) {
    return new InvoiceSettings(
        n.path("businessName").asText(""),
        n.path("businessAddress").asText(""),
        n.path("confirmations").asInt(InvoiceSettings.DEFAULT_CONFIRMATIONS));
  }

  static ObjectNode toJson(Settings s) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("version", s.version());
    doc.put("theme", s.theme().name());
    doc.put("language", s.language().tag());
    doc.put("autoLockMinutes", s.autoLockMinutes());
    doc.put("selectedNetworkId", s.selectedNetworkId());
    ArrayNode list = doc.putArray("networks");
    for (Network n : s.networks()) {
      ObjectNode o = toJson(n);
      s.multiSend(n.id())
          .ifPresentOrElse(
              a -> o.put("multiSendContract", a.toString()), () -> o.putNull("multiSendContract"));
      list.add(o);
    }
    doc.putObject("invoicing")
        .put("businessName", s.invoicing().businessName())
        .put("businessAddress", s.invoicing().businessAddress())
        .put("confirmations", s.invoicing().confirmations());
    return doc;
  }

  static Network network(JsonNode n) {
    return new Network(
        n.path("id").asText(),
        n.path("name").asText(),
        n.path("chainId").asLong(),
        n.path("rpcUrl").asText(""),
        n.path("currencySymbol").asText("ETH"),
        n.path("decimals").asInt(18),
        n.hasNonNull("authHeader") ? n.get("authHeader").asText() : null,
        enumValue(Network.Kind.class, n.path("kind").asText(), Network.Kind.CUSTOM),
        n.path("testMoney").asBoolean(false));
  }

  static ObjectNode toJson(Network n) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", n.id());
    o.put("name", n.name());
    o.put("chainId", n.chainId());
    o.put("rpcUrl", n.rpcUrl());
    o.put("currencySymbol", n.currencySymbol());
    o.put("decimals", n.decimals());
    n.auth().ifPresent(a -> o.put("authHeader", a));
    o.put("kind", n.kind().name());
    o.put("testMoney", n.testMoney());
    return o;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name, E fallback) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
