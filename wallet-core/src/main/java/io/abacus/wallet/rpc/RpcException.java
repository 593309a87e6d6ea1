package io.abacus.wallet.rpc;

import java.util.Locale;

/**
 * The one error of the node layer: the node could not be reached, was too slow, refused the
 * credentials, answered garbage, returned a JSON-RPC error or serves another chain. Messages are
 * for the user; they name the endpoint only as {@link Endpoints#shown} prints it, never with
 * credentials or query.
 */
public class RpcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** Connection refused, DNS failure, closed connection. */
    UNREACHABLE,
    /** No answer within the timeout. */
    TIMEOUT,
    /** HTTP 401 or 403: the node refused the credentials (or their absence). Never retried. */
    AUTH_REFUSED,
    /** An HTTP status other than 2xx (and other than 401, 403 and 413). */
    HTTP_ERROR,
    /** The body is not a JSON-RPC response, or a result has the wrong shape. */
    MALFORMED_RESPONSE,
    /** The node answered with a JSON-RPC error object. */
    NODE_ERROR,
    /** The node serves another chain id than the one configured; the message names both. */
    WRONG_CHAIN,
    /** The node refused a batch as too large (HTTP 413 or an error for the whole batch). */
    BATCH_TOO_LARGE,
    /** The chain changed while a block was being read (a reorganisation); reading again helps. */
    CHAIN_MOVED
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

  /**
   * @param code the JSON-RPC error code (NODE_ERROR, BATCH_TOO_LARGE) or HTTP status (HTTP_ERROR,
   *     AUTH_REFUSED), else 0
   * @param data the JSON-RPC error's {@code data}, or null
   */
  public RpcException(Kind kind, String message, int code, String data, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.code = code;
    this.data = data;
  }

  public Kind kind() {
    return kind;
  }

  /** The JSON-RPC error code (NODE_ERROR) or HTTP status (HTTP_ERROR, AUTH_REFUSED), else 0. */
  public int code() {
    return code;
  }

  /** The JSON-RPC error's {@code data} (often revert data), or null. */
  public String data() {
    return data;
  }

  /**
   * True when asking again later might succeed (down, slow, overloaded). Refused credentials,
   * garbage and node errors are never transient.
   */
  public boolean isTransient() {
    return switch (kind) {
      case UNREACHABLE, TIMEOUT -> true;
      case HTTP_ERROR -> code == 429 || code >= 500;
      default -> false;
    };
  }

  /** True for a node error that says the method does not exist. */
  public boolean isMethodNotFound() {
    if (kind != Kind.NODE_ERROR) {
      return false;
    }
    String m = String.valueOf(getMessage()).toLowerCase(Locale.ROOT);
    return code == -32601
        || m.contains("method not found")
        || m.contains("not supported")
        || m.contains("does not exist")
        || m.contains("not available");
  }
}
