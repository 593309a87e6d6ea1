-- Labels of transactions (BIP-329 "tx" records), beside the address labels of V1.
CREATE TABLE tx_labels (
  tx_hash BLOB PRIMARY KEY,
  label   TEXT NOT NULL
) WITHOUT ROWID;
