package io.abacus.wallet.rpc;

import java.io.IOException;

/**
 * A JSON-RPC error object read straight from the answer's bytes (no tree): its code, message and
 * data as {@link RpcResponse} reads them from a tree.
 */
record NodeError(int code, String message, String data) {
  private static final JsonCursor.Names FIELDS = new JsonCursor.Names("code", "message", "data");

  /**
   * Reads the error object that comes next in {@code in}; JSON null is no error (null).
   *
   * @throws IOException when the JSON is malformed
   */
  static NodeError read(JsonCursor in) throws IOException {
    if (in.nullValue()) {
      return null;
    }
    if (!in.tryObject()) {
      return new NodeError(0, in.rawValue(), null); // a node never sends one; shown as it came
    }
    int code = 0;
    String message = "no message";
    String data = null;
    while (in.nextField()) {
      switch (in.field(FIELDS)) {
        case 0 -> {
          Long n = in.integerOrNull();
          code = n == null || n != n.intValue() ? 0 : n.intValue();
        }
        case 1 -> message = textOf(in, "no message");
        case 2 -> data = textOf(in, null);
        default -> in.skipValue();
      }
    }
    return new NodeError(code, message, data);
  }

  /** A string's text, {@code ifNull} for JSON null, else the value's JSON text. */
  private static String textOf(JsonCursor in, String ifNull) throws IOException {
    if (in.nullValue()) {
      return ifNull;
    }
    if (in.peek() == '"') {
      return in.stringOrNull();
    }
    return in.rawValue();
  }

  /** The node's error for {@code method}. */
  RpcException forMethod(String method) {
    return RpcResponse.nodeError(method, code, message, data);
  }
}
