package io.abacus.explorer.rpc;

/** How a node answers for a block's call traces, if at all. */
public enum TraceMethod {
  /**
   * {@code debug_traceBlockByNumber} with {@code {"tracer":"callTracer"}} (Geth, Erigon, anvil).
   */
  CALL_TRACER,
  /** {@code trace_block} (Erigon, Besu, Nethermind, anvil). */
  TRACE_BLOCK,
  /** Neither. */
  NONE
}
