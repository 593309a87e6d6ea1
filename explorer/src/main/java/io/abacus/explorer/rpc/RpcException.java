package io.abacus.explorer.rpc;

/**
 * A JSON-RPC failure with a {@link Kind} callers can act on and a message fit for the user.
 * Messages never contain the auth header.
 */
public class RpcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** The node could not be reached (connection refused, reset, HTTP error). */
    UNREACHABLE,
    /** The node did not answer in time. */
    TIMEOUT,
    /** The node answered with something that is not the JSON-RPC it should be. */
    MALFORMED,
    /** The node answered with a JSON-RPC error object. */
    NODE_ERROR,
    /** The node refused a batch because it was too large. */
    BATCH_TOO_LARGE,
    /** The node's chain changed while a block was being read (a reorg); reading again helps. */
    CHAIN_MOVED,
    /** The node serves a different chain than the database holds. */
    WRONG_CHAIN
  }

  private final Kind kind;
  private final long code;

  public RpcException(Kind kind, String message) {
    this(kind, 0, message, null);
  }

  public RpcException(Kind kind, String message, Throwable cause) {
    this(kind, 0, message, cause);
  }

  public RpcException(Kind kind, long code, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.code = code;
  }

  public Kind kind() {
    return kind;
  }

  /** The JSON-RPC error code for {@link Kind#NODE_ERROR}, else 0. */
  public long code() {
    return code;
  }

  /** True for a node error that says the method does not exist. */
  public boolean isMethodNotFound() {
    if (kind != Kind.NODE_ERROR) {
      return false;
    }
    String m = String.valueOf(getMessage()).toLowerCase(java.util.Locale.ROOT);
    return code == -32601
        || m.contains("method not found")
        || m.contains("not supported")
        || m.contains("does not exist")
        || m.contains("not available");
  }
}
