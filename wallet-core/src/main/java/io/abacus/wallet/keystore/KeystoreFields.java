package io.abacus.wallet.keystore;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.keystore.KeystoreException.Reason;
import java.util.HexFormat;

/** Reading the fields of a keystore file, with errors that name the field, never its content. */
final class KeystoreFields {
  private static final HexFormat HEX = HexFormat.of();

  private KeystoreFields() {}

  /** A file's own text, cut short for an error message. */
  static String shorten(String text) {
    return text.length() <= 24 ? text : text.substring(0, 24) + "...";
  }

  static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new KeystoreException(Reason.MALFORMED, "keystore file lacks '" + field + "'");
    }
    return value;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isTextual()) {
      throw new KeystoreException(Reason.MALFORMED, "keystore '" + field + "' must be a string");
    }
    return value.asText();
  }

  static int intParam(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isIntegralNumber()) {
      throw new KeystoreException(Reason.MALFORMED, "keystore '" + field + "' must be an integer");
    }
    if (!value.canConvertToInt()) {
      throw new KeystoreException(
          Reason.UNSUPPORTED,
          "keystore '" + field + "' is far above what wallets write (see the KDF limits)");
    }
    return value.intValue();
  }

  static byte[] hex(JsonNode node, String field) {
    String s = text(node, field);
    try {
      return HEX.parseHex(s.startsWith("0x") ? s.substring(2) : s);
    } catch (IllegalArgumentException e) {
      throw new KeystoreException(Reason.MALFORMED, "keystore '" + field + "' is not hex");
    }
  }
}
