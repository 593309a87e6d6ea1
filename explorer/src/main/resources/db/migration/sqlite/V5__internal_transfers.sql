-- Internal ETH transfers and contract creations below a transaction's top level, read from the
-- node's traces (debug_traceBlockByNumber with callTracer, or trace_block) when the index was
-- started with traces on. trace_index numbers the transaction's internal transfers in call order.
-- type is CALL, CREATE, CREATE2 or SELFDESTRUCT; to_address of a creation is the new contract.
CREATE TABLE internal_transfers (
  tx_id        INTEGER NOT NULL,
  trace_index  INTEGER NOT NULL,
  from_address BLOB NOT NULL,
  to_address   BLOB,
  value        BLOB NOT NULL,
  type         TEXT NOT NULL,
  PRIMARY KEY (tx_id, trace_index)
) WITHOUT ROWID;

-- Choices recorded in the index, such as whether it is indexed with traces ('traces' = '1'), so a
-- resumed index keeps them.
CREATE TABLE index_options (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
