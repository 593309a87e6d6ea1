-- Name, symbol and decimals of every token contract seen in a transfer, read from the contract
-- (eth_call) while indexing. known = 0 records a contract that did not answer like an ERC-20 token
-- (reverted, or answered nonsense such as 200 decimals), so it is not asked again; its amounts stay
-- in base units. Independent of blocks: a reorg does not remove a token's metadata.
CREATE TABLE tokens (
  address  BLOB PRIMARY KEY,
  known    INTEGER NOT NULL,
  name     TEXT,
  symbol   TEXT,
  decimals INTEGER,
  read_at  INTEGER NOT NULL -- the node's head block when it was read
) WITHOUT ROWID;
