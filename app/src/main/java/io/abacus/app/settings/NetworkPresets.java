package io.abacus.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.wallet.network.Network;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The built-in networks shipped in {@code resources/networks/presets.json}. */
public final class NetworkPresets {
  private static final String RESOURCE = "/abacus/networks/presets.json";

  private NetworkPresets() {}

  public static List<Network> load() {
    try (InputStream in = NetworkPresets.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      List<Network> list = new ArrayList<>();
      for (JsonNode n : root.path("networks")) {
        list.add(SettingsJson.network(n));
      }
      return List.copyOf(list);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
