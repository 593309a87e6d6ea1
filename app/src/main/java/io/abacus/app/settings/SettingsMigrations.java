package io.abacus.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Explicit, ordered migrations of {@code settings.json}: the step registered for version n turns a
 * version-n document into a version n+1 document. Settings files older than the first format (no
 * {@code version} field) are treated as version 0.
 */
public final class SettingsMigrations {
  private final Map<Integer, UnaryOperator<ObjectNode>> steps;
  private final int current;

  public SettingsMigrations(int current, Map<Integer, UnaryOperator<ObjectNode>> steps) {
    this.current = current;
    this.steps = new TreeMap<>(steps);
  }

  /** The migrations of this Abacus version. */
  public static SettingsMigrations standard() {
    return new SettingsMigrations(
        Settings.CURRENT_VERSION,
        Map.of(
            0,
            SettingsMigrations::fromUnversioned,
            1,
            SettingsMigrations::credentialsApart,
            2,
            SettingsMigrations::markStoredCredentials,
            3,
            SettingsMigrations::invoicing,
            4,
            SettingsMigrations::multiSendContracts));
  }

  /** Brings {@code doc} to the current version, in place. */
  public ObjectNode migrate(ObjectNode doc) {
    int version = doc.path("version").asInt(0);
    if (version > current) {
      throw new SettingsException(
          "settings.json was written by a newer Abacus (format "
              + version
              + "; this one reads up to "
              + current
              + ")");
    }
    ObjectNode result = doc;
    for (int v = version; v < current; v++) {
      UnaryOperator<ObjectNode> step = steps.get(v);
      if (step == null) {
        throw new SettingsException("no migration from settings format " + v);
      }
      result = step.apply(result);
      result.put("version", v + 1);
    }
    return result;
  }

  /**
   * Format 2 holds no credentials: auth headers and secrets inside node URLs live in the secret
   * store. The document keeps them for this step; {@link SettingsStore} moves them out and rewrites
   * the file as soon as it has loaded it.
   */
  private static ObjectNode credentialsApart(ObjectNode doc) {
    return doc;
  }

  /**
   * Format 3 marks a network whose auth header is in the secret store with {@code "authHeader":
   * "***"}, so only those are looked up. Format 2 had no mark: every network is marked here, looked
   * up once, and {@link SettingsStore} rewrites the marks of those the store does not have.
   */
  private static ObjectNode markStoredCredentials(ObjectNode doc) {
    for (JsonNode network : doc.path("networks")) {
      if (network instanceof ObjectNode n && !n.hasNonNull("authHeader")) {
        n.put("authHeader", UrlCredentials.MASK);
      }
    }
    return doc;
  }

  /**
   * Format 4 adds {@code "invoicing"}: the business printed on invoices and the confirmations a
   * payment needs (1, as before). Format 3 kept the business in {@code payments/business.json};
   * {@link SettingsStore} moves it in once, as it loads a file of an older format.
   */
  private static ObjectNode invoicing(ObjectNode doc) {
    if (!doc.has("invoicing")) {
      doc.putObject("invoicing")
          .put("businessName", "")
          .put("businessAddress", "")
          .put("confirmations", InvoiceSettings.DEFAULT_CONFIRMATIONS);
    }
    return doc;
  }

  /**
   * Format 5 gives every network a {@code "multiSendContract"}: the address of a multi-send
   * contract for one-transaction payouts, null until one is set. Nothing else changes.
   */
  private static ObjectNode multiSendContracts(ObjectNode doc) {
    for (JsonNode network : doc.path("networks")) {
      if (network instanceof ObjectNode n && !n.has("multiSendContract")) {
        n.putNull("multiSendContract");
      }
    }
    return doc;
  }

  /** Format 0 was a bare object of user choices; fields missing then get their defaults. */
  private static ObjectNode fromUnversioned(ObjectNode doc) {
    if (!doc.has("autoLockMinutes")) {
      doc.put("autoLockMinutes", Settings.DEFAULT_AUTO_LOCK_MINUTES);
    }
    return doc;
  }
}
