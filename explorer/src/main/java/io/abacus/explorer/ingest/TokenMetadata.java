package io.abacus.explorer.ingest;

import io.abacus.explorer.db.TokenCatalog;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.token.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads name, symbol and decimals of the token contracts new in each stored chunk (batched, three
 * {@code eth_call}s per contract) and records them in the index. A contract that reverts or lies is
 * recorded as unknown; a node that fails leaves the contracts for the next chunk. Neither stops the
 * index.
 */
final class TokenMetadata {
  private static final Logger LOG = LoggerFactory.getLogger(TokenMetadata.class);
  static final int BATCH = 40;

  private final Erc20Reader reader;
  private final TokenCatalog catalog;
  private final Set<Address> recorded;

  TokenMetadata(Erc20Reader reader, TokenCatalog catalog) {
    this.reader = reader;
    this.catalog = catalog;
    this.recorded = catalog.recorded();
  }

  /** Reads and records the contracts of {@code blocks}' transfers not recorded yet. */
  void learn(List<ParsedBlock> blocks, long head) {
    Set<Address> fresh = new LinkedHashSet<>();
    for (ParsedBlock b : blocks) {
      for (ParsedBlock.Tx t : b.transactions()) {
        for (ParsedBlock.TokenTransfer tt : t.transfers()) {
          Address token = Address.of(tt.token());
          if (!recorded.contains(token)) {
            fresh.add(token);
          }
        }
      }
    }
    List<Address> pending = new ArrayList<>(fresh);
    for (int i = 0; i < pending.size(); i += BATCH) {
      List<Address> batch = pending.subList(i, Math.min(pending.size(), i + BATCH));
      Map<Address, Optional<Token>> read;
      try {
        read = reader.describeAll(batch);
      } catch (RpcException e) {
        LOG.info(
            "Token names not read this time ({}); tried again with the next blocks",
            e.getMessage());
        return;
      }
      catalog.record(read, head);
      recorded.addAll(read.keySet());
    }
  }
}
