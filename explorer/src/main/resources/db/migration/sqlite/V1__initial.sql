-- Abacus explorer index, schema version 1.
-- Hashes and addresses are BLOBs (32 and 20 bytes). Amounts are "ordered amounts": one length
-- byte followed by the minimal big-endian bytes of the unsigned value, so they are lossless and
-- compare correctly as BLOBs (see io.abacus.explorer.db.Amounts).
-- A transaction's id is block_number * 2^20 + transaction_index: newest-first order and block
-- ranges are integer ranges on it.

CREATE TABLE checkpoint (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  chain_id    INTEGER NOT NULL,
  first_block INTEGER NOT NULL,
  next_block  INTEGER NOT NULL,
  node_head   INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE blocks (
  number      INTEGER PRIMARY KEY,
  hash        BLOB NOT NULL,
  parent_hash BLOB NOT NULL,
  timestamp   INTEGER NOT NULL,
  miner       BLOB,
  gas_used    INTEGER NOT NULL,
  gas_limit   INTEGER NOT NULL,
  base_fee    BLOB,
  tx_count    INTEGER NOT NULL
);
CREATE UNIQUE INDEX blocks_by_hash ON blocks (hash);
CREATE INDEX blocks_by_time ON blocks (timestamp);

CREATE TABLE transactions (
  id               INTEGER PRIMARY KEY,
  hash             BLOB NOT NULL,
  from_address     BLOB NOT NULL,
  to_address       BLOB,
  value            BLOB NOT NULL,
  nonce            INTEGER NOT NULL,
  gas              INTEGER NOT NULL,
  gas_price        BLOB,
  type             INTEGER NOT NULL,
  input            BLOB,
  status           INTEGER,
  gas_used         INTEGER NOT NULL,
  contract_created BLOB
);
CREATE UNIQUE INDEX transactions_by_hash ON transactions (hash);

CREATE TABLE logs (
  id      INTEGER PRIMARY KEY, -- block_number * 2^20 + log_index
  tx_id   INTEGER NOT NULL,
  address BLOB NOT NULL,
  topic0  BLOB,
  topic1  BLOB,
  topic2  BLOB,
  topic3  BLOB,
  data    BLOB
);
CREATE INDEX logs_by_tx ON logs (tx_id);

CREATE TABLE token_transfers (
  log_id      INTEGER NOT NULL,
  batch_index INTEGER NOT NULL,
  tx_id       INTEGER NOT NULL,
  standard    INTEGER NOT NULL, -- 20, 721 or 1155
  token       BLOB NOT NULL,
  from_address BLOB NOT NULL,
  to_address  BLOB NOT NULL,
  token_id    BLOB,
  value       BLOB NOT NULL,
  PRIMARY KEY (log_id, batch_index)
) WITHOUT ROWID;
CREATE INDEX token_transfers_by_token ON token_transfers (token, log_id);
CREATE INDEX token_transfers_by_tx ON token_transfers (tx_id);

-- Every transaction an address took part in. flags: 1 sent, 2 received ETH or call,
-- 4 created contract, 8 sent a token, 16 received a token.
CREATE TABLE appearances (
  address BLOB NOT NULL,
  tx_id   INTEGER NOT NULL,
  flags   INTEGER NOT NULL,
  PRIMARY KEY (address, tx_id)
) WITHOUT ROWID;

CREATE TABLE labels (
  address BLOB PRIMARY KEY,
  label   TEXT NOT NULL,
  note    TEXT
);
CREATE INDEX labels_by_label ON labels (label COLLATE NOCASE);

CREATE TABLE abis (
  address BLOB PRIMARY KEY,
  name    TEXT,
  json    TEXT NOT NULL
);

CREATE TABLE reorgs (
  id          INTEGER PRIMARY KEY,
  detected_at INTEGER NOT NULL,
  height      INTEGER NOT NULL,
  depth       INTEGER NOT NULL,
  old_hash    BLOB NOT NULL,
  new_hash    BLOB NOT NULL
);
