package io.abacus.wallet.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The RFC 8785 JSON Canonicalization Scheme (JCS) form of a JSON value, as UTF-8 bytes: object
 * members sorted by the UTF-16 code units of their names, no whitespace, strings escaped as
 * ECMAScript's {@code JSON.stringify} does. Delegates to Anders Rundgren's and Samuel Erdtman's
 * reference implementation, after refusing what a signed statement must never hold: floating-point
 * numbers and integers outside the range a double holds exactly (±(2^53 − 1)), which JCS would
 * round.
 */
public final class Jcs {
  /** The largest integer every JSON implementation reads exactly. */
  public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private Jcs() {}

  /**
   * The canonical UTF-8 bytes of {@code value}.
   *
   * @throws IllegalArgumentException naming the first floating-point or unsafe number
   */
  public static byte[] canonicalize(JsonNode value) {
    check(value, "$");
    try {
      return new JsonCanonicalizer(JSON.writeValueAsString(value)).getEncodedUTF8();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not serialisable as JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("not canonicalisable: " + e.getMessage(), e);
    }
  }

  private static void check(JsonNode node, String path) {
    if (node.isNumber()) {
      if (!node.isIntegralNumber()) {
        throw new IllegalArgumentException(
            path + ": floating-point numbers are not allowed (write amounts as decimal strings)");
      }
      if (node.bigIntegerValue().abs().compareTo(BigInteger.valueOf(MAX_SAFE_INTEGER)) > 0) {
        throw new IllegalArgumentException(
            path + ": integer outside ±(2^53 - 1) (write it as a decimal string)");
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        check(e.getValue(), path + "." + e.getKey());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), path + "[" + i + "]");
      }
    } else if (!node.isTextual() && !node.isBoolean() && !node.isNull()) {
      throw new IllegalArgumentException(path + ": not a JSON value (" + node.getNodeType() + ")");
    }
  }
}
