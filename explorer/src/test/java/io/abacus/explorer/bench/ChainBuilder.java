package io.abacus.explorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.explorer.TestChain;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;

/**
 * Builds a deterministic benchmark chain on anvil (automine off): each block gets a batch of
 * eth_sendTransaction calls (one JSON-RPC batch) mixing ETH transfers, ERC-20 transfers and ERC-20
 * approve calls from the ten dev accounts to a pool of generated addresses, then anvil_mine.
 */
final class ChainBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Anvil anvil;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final List<String> pool = new ArrayList<>();

  ChainBuilder(Anvil anvil, int addresses) {
    this.anvil = anvil;
    for (int i = 0; i < addresses; i++) {
      byte[] h =
          Hash.sha3(("abacus-bench-" + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      pool.add("0x" + java.util.HexFormat.of().formatHex(h, 12, 32));
    }
  }

  /**
   * Deploys the token, funds the senders, then mines {@code blocks} blocks of {@code perBlock} txs.
   */
  long build(int blocks, int perBlock) throws Exception {
    TestChain setup = new TestChain(anvil);
    String token =
        Contracts.deploy(
            anvil,
            anvil.account(0),
            Contracts.openZeppelin("ERC20PresetMinterPauser"),
            org.web3j.abi.FunctionEncoder.encodeConstructor(
                List.of(
                    new org.web3j.abi.datatypes.Utf8String("Bench"),
                    new org.web3j.abi.datatypes.Utf8String("BEN"))));
    anvil.setAutomine(false);
    for (int a = 0; a < 10; a++) {
      setup.send(
          0,
          token,
          TestChain.fn("mint", new Address(setup.account(a)), new Uint256(BigInteger.TEN.pow(30))),
          BigInteger.ZERO,
          200_000);
    }
    anvil.mine(1);
    SplittableRandom random = new SplittableRandom(42);
    long sent = 0;
    for (int b = 0; b < blocks; b++) {
      ArrayNode batch = JSON.createArrayNode();
      for (int i = 0; i < perBlock; i++) {
        batch.add(request(sent++, tx(random, setup, token)));
      }
      post(batch);
      anvil.mine(1);
    }
    anvil.setAutomine(true);
    return sent;
  }

  private ObjectNode tx(SplittableRandom random, TestChain setup, String token) {
    ObjectNode tx = JSON.createObjectNode();
    tx.put("from", setup.account(random.nextInt(10)));
    String to = pool.get(random.nextInt(pool.size()));
    int kind = random.nextInt(10);
    if (kind < 4) {
      tx.put("to", to);
      tx.put("value", "0x" + Long.toHexString(1 + random.nextLong(1_000_000_000_000L)));
      tx.put("gas", "0x5208");
    } else if (kind < 8) {
      tx.put("to", token);
      tx.put(
          "data",
          TestChain.fn(
              "transfer",
              new Address(to),
              new Uint256(BigInteger.valueOf(1 + random.nextLong(1_000_000_000L)))));
      tx.put("gas", "0x186a0");
    } else {
      tx.put("to", token);
      tx.put(
          "data",
          TestChain.fn(
              "approve",
              new Address(to),
              new Uint256(BigInteger.valueOf(random.nextLong(1_000_000L)))));
      tx.put("gas", "0x186a0");
    }
    return tx;
  }

  private static ObjectNode request(long id, ObjectNode tx) {
    ObjectNode r = JSON.createObjectNode();
    r.put("jsonrpc", "2.0");
    r.put("id", id);
    r.put("method", "eth_sendTransaction");
    r.putArray("params").add(tx);
    return r;
  }

  private void post(ArrayNode batch) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(anvil.rpcUrl()))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    for (JsonNode answer : JSON.readTree(response.body())) {
      if (answer.has("error")) {
        throw new IllegalStateException("anvil refused a transaction: " + answer.get("error"));
      }
    }
  }
}
