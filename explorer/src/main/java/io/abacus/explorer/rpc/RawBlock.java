package io.abacus.explorer.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A block as the node returned it, with full transactions, and the receipts of those transactions
 * in the same order.
 */
public record RawBlock(long number, JsonNode block, List<JsonNode> receipts) {
  public RawBlock {
    receipts = List.copyOf(receipts);
  }
}
