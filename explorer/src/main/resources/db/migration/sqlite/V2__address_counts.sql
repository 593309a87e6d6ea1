-- Per-address transaction counts, kept by the indexer in the same transaction as the appearances,
-- so an address's txCount is one lookup instead of counting up to millions of rows.
CREATE TABLE address_counts (
  address  BLOB PRIMARY KEY,
  tx_count INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO address_counts (address, tx_count)
  SELECT address, count(*) FROM appearances GROUP BY address;
