package io.abacus.explorer.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.explorer.ingest.BlockStream;
import io.abacus.explorer.ingest.ParsedBlock;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.token.Token;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A transaction the index does not hold yet (just sent, or the chain not indexed that far), read
 * from the node through the indexer's own fetch and parse of its block, so it reads exactly as it
 * will once indexed; token names read from the contracts.
 */
public final class NodeTransactions {
  private NodeTransactions() {}

  /**
   * A transaction read from the node.
   *
   * @param nonce the sender's nonce it used
   * @param head the node's head block when it was read
   */
  public record Found(QueryRecords.Transaction tx, long nonce, long head) {}

  /**
   * The mined transaction {@code hash} with its receipt, logs and token transfers; empty if the
   * node does not know it or it is still pending.
   *
   * @throws io.abacus.wallet.rpc.RpcException if the node fails
   */
  public static Optional<Found> read(BlockFetcher fetcher, String hash) {
    JsonNode tx = fetcher.client().call("eth_getTransactionByHash", hash);
    if (tx == null || tx.isNull() || !tx.has("blockNumber") || tx.get("blockNumber").isNull()) {
      return Optional.empty();
    }
    long number =
        Quantities.parseHex(tx.get("blockNumber").asText(), "blockNumber").longValueExact();
    long nonce = Quantities.parseHex(tx.path("nonce").asText("0x0"), "nonce").longValueExact();
    long head = fetcher.headNumber();
    ParsedBlock block = new BlockStream(fetcher).fetch(number, number).get(0);
    byte[] wanted = HexBytes.decode(hash);
    for (ParsedBlock.Tx t : block.transactions()) {
      if (Arrays.equals(t.hash(), wanted)) {
        return Optional.of(new Found(record(block, t, tokens(fetcher, t)), nonce, head));
      }
    }
    return Optional.empty();
  }

  private static Map<Address, QueryRecords.TokenInfo> tokens(
      BlockFetcher fetcher, ParsedBlock.Tx t) {
    LinkedHashSet<Address> contracts = new LinkedHashSet<>();
    t.transfers().forEach(x -> contracts.add(Address.of(x.token())));
    Map<Address, QueryRecords.TokenInfo> infos = new HashMap<>();
    if (contracts.isEmpty()) {
      return infos;
    }
    Map<Address, Optional<Token>> read =
        new Erc20Reader(new NodeClient(fetcher.client())).describeAll(List.copyOf(contracts));
    for (Map.Entry<Address, Optional<Token>> e : read.entrySet()) {
      infos.put(
          e.getKey(),
          e.getValue()
              .map(k -> new QueryRecords.TokenInfo(e.getKey(), k.name(), k.symbol(), k.decimals()))
              .orElse(QueryRecords.TokenInfo.unknown(e.getKey())));
    }
    return infos;
  }

  private static QueryRecords.Transaction record(
      ParsedBlock b, ParsedBlock.Tx t, Map<Address, QueryRecords.TokenInfo> tokens) {
    Instant time = Instant.ofEpochSecond(b.timestamp());
    String hash = HexBytes.toHex(t.hash());
    List<QueryRecords.Log> logs = new ArrayList<>();
    for (ParsedBlock.Log l : t.logs()) {
      logs.add(
          new QueryRecords.Log(
              l.index(),
              Address.of(l.address()),
              l.topics().stream().map(HexBytes::toHex).toList(),
              HexBytes.toHex(l.data() == null ? new byte[0] : l.data())));
    }
    List<QueryRecords.TokenTransfer> transfers = new ArrayList<>();
    for (ParsedBlock.TokenTransfer x : t.transfers()) {
      Address token = Address.of(x.token());
      transfers.add(
          new QueryRecords.TokenTransfer(
              hash,
              b.number(),
              time,
              x.logIndex(),
              x.batchIndex(),
              x.standard(),
              token,
              Address.of(x.from()),
              Address.of(x.to()),
              x.tokenId(),
              x.value(),
              tokens.getOrDefault(token, QueryRecords.TokenInfo.unknown(token))));
    }
    BigInteger fee =
        t.gasPrice() == null ? null : t.gasPrice().multiply(BigInteger.valueOf(t.gasUsed()));
    return new QueryRecords.Transaction(
        hash,
        b.number(),
        t.index(),
        time,
        Address.of(t.from()),
        t.to() == null ? null : Address.of(t.to()),
        t.value(),
        t.status(),
        t.gasUsed(),
        t.gasPrice(),
        fee,
        t.contractCreated() == null ? null : Address.of(t.contractCreated()),
        HexBytes.toHex(t.input() == null ? new byte[0] : t.input()),
        logs,
        transfers,
        List.of());
  }
}
