package io.abacus.wallet.rpc;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes JSON-RPC requests as text, the same bytes Jackson's generator wrote before (compact, the
 * same escapes): strings, booleans, whole numbers, null, lists and maps of these directly, any
 * other parameter (a tree, a filter object) through {@code other}, so the calls the index and the
 * command line make need no object mapper.
 */
final class RequestText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private RequestText() {}

  /**
   * The request text for {@code calls} with ids from {@code firstId}: one object, or with {@code
   * batch} an array of them.
   *
   * @param other the JSON text of a parameter of any other type
   */
  static String of(
      List<JsonRpcClient.Call> calls, long firstId, boolean batch, Function<Object, String> other) {
    StringBuilder s = new StringBuilder(64 + 96 * calls.size());
    if (batch) {
      s.append('[');
    }
    for (int i = 0; i < calls.size(); i++) {
      JsonRpcClient.Call call = calls.get(i);
      if (i > 0) {
        s.append(',');
      }
      s.append("{\"jsonrpc\":\"2.0\",\"id\":").append(firstId + i).append(",\"method\":");
      string(s, call.method());
      s.append(",\"params\":");
      value(s, call.params(), other);
      s.append('}');
    }
    if (batch) {
      s.append(']');
    }
    return s.toString();
  }

  private static void value(StringBuilder s, Object v, Function<Object, String> other) {
    if (v == null) {
      s.append("null");
    } else if (v instanceof String text) {
      string(s, text);
    } else if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
      s.append(v);
    } else if (v instanceof List<?> list) {
      s.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          s.append(',');
        }
        value(s, list.get(i), other);
      }
      s.append(']');
    } else if (v instanceof Map<?, ?> map
        && map.keySet().stream().allMatch(String.class::isInstance)) {
      s.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          s.append(',');
        }
        first = false;
        string(s, (String) e.getKey());
        s.append(':');
        value(s, e.getValue(), other);
      }
      s.append('}');
    } else {
      s.append(other.apply(v));
    }
  }

  /** A JSON string: quote, backslash and control characters escaped as Jackson escapes them. */
  static void string(StringBuilder s, String text) {
    s.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c >= 0x20) {
        s.append(c);
      } else {
        switch (c) {
          case '\b' -> s.append("\\b");
          case '\t' -> s.append("\\t");
          case '\n' -> s.append("\\n");
          case '\f' -> s.append("\\f");
          case '\r' -> s.append("\\r");
          default -> s.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
        }
      }
    }
    s.append('"');
  }
}
