package io.abacus.wallet.rpc;

/** The node could not be reached, was too slow, answered garbage or returned a JSON-RPC error. */
public class RpcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** Connection refused, DNS failure, closed connection. */
    UNREACHABLE,
    /** No answer within the timeout. */
    TIMEOUT,
    /** An HTTP status other than 2xx. */
    HTTP_ERROR,
    /** The body is not a JSON-RPC response, or a result has the wrong shape. */
    MALFORMED_RESPONSE,
    /** The node answered with a JSON-RPC error object. */
    NODE_ERROR
  }

  private final Kind kind;
  private final int code;
  private final String data;

  public RpcException(Kind kind, String message) {
    this(kind, message, 0, null, null);
  }

  public RpcException(Kind kind, String message, Throwable cause) {
    this(kind, message, 0, null, cause);
  }

  public RpcException(Kind kind, String message, int code, String data, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.code = code;
    this.data = data;
  }

  public Kind kind() {
    return kind;
  }

  /** The JSON-RPC error code (NODE_ERROR) or HTTP status (HTTP_ERROR), else 0. */
  public int code() {
    return code;
  }

  /** The JSON-RPC error's {@code data} (often revert data), or null. */
  public String data() {
    return data;
  }

  /** True when asking again later might succeed (down, slow, overloaded). */
  public boolean isTransient() {
    return switch (kind) {
      case UNREACHABLE, TIMEOUT -> true;
      case HTTP_ERROR -> code == 429 || code >= 500;
      default -> false;
    };
  }
}
