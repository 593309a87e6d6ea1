package io.abacus.wallet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.encoding.Quantities;
import java.math.BigInteger;
import java.util.Locale;

/** Checked readers for JSON-RPC result values: garbage becomes MALFORMED_RESPONSE. */
final class RpcJson {
  private static final int MAX_SHOWN_CHARS = 200;

  private RpcJson() {}

  static BigInteger quantity(JsonNode n, String what) {
    if (n == null || !n.isTextual()) {
      throw malformed(what + " is not a 0x quantity: " + shown(n));
    }
    try {
      return Quantities.parseHex(n.asText(), what);
    } catch (IllegalArgumentException e) {
      throw malformed(what + " is not a 0x quantity: " + shown(n));
    }
  }

  /**
   * Calls {@code method} and reads its quantity result straight from the answer's bytes (see {@link
   * JsonRpcClient#callStreamed}), with the messages of {@link #quantity(JsonNode, String)}.
   */
  static BigInteger streamedQuantity(JsonRpcClient client, String method, String what) {
    BigInteger q =
        client.callStreamed(
            method,
            in -> {
              String raw = in.rawValue();
              int n = raw.length();
              if (n >= 2
                  && raw.charAt(0) == '"'
                  && raw.charAt(n - 1) == '"'
                  && raw.indexOf('\\') < 0) {
                try {
                  return Quantities.parseHex(raw.substring(1, n - 1), what);
                } catch (IllegalArgumentException e) {
                  // named below
                }
              }
              throw malformed(what + " is not a 0x quantity: " + abbreviate(raw));
            });
    if (q == null) { // JSON null is not given to a reader
      throw malformed(what + " is not a 0x quantity: null");
    }
    return q;
  }

  static HexBytes bytes(JsonNode n, String what) {
    if (n == null || !n.isTextual()) {
      throw malformed(what + " is not hex data: " + shown(n));
    }
    try {
      return HexBytes.parse(n.asText());
    } catch (IllegalArgumentException e) {
      throw malformed(what + " is not hex data: " + shown(n));
    }
  }

  static Address address(JsonNode n, String what) {
    if (n == null || n.isNull()) {
      return null;
    }
    try {
      return Address.parse(n.asText().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw malformed(what + " is not an address: " + shown(n));
    }
  }

  static RpcException malformed(String message) {
    return new RpcException(
        RpcException.Kind.MALFORMED_RESPONSE, "the node answered garbage: " + message);
  }

  static String shown(JsonNode n) {
    return n == null ? "nothing" : abbreviate(n.toString());
  }

  static String abbreviate(String s) {
    return s.length() <= MAX_SHOWN_CHARS ? s : s.substring(0, MAX_SHOWN_CHARS) + "...";
  }
}
