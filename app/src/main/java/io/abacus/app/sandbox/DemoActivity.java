package io.abacus.app.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.app.sandbox.DemoPlan.EthPayment;
import io.abacus.app.sandbox.DemoPlan.Step;
import io.abacus.app.sandbox.DemoPlan.TokenTransfer;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.rpc.JsonRpcClient;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * "Generate demo activity": fills the Sandbox with payments between the {@link DemoBusiness}es.
 * Automatic mining is switched off, each block's transactions go in one JSON-RPC batch, then one
 * block is mined; every receipt is checked at the end.
 */
public final class DemoActivity {
  public static final int DEFAULT_BLOCKS = 300;
  private static final BigInteger STARTING_ETH =
      SandboxChain.WEI_PER_ETH.multiply(BigInteger.valueOf(1_000));
  private static final BigInteger STARTING_TUSD =
      TestUsd.ONE.multiply(BigInteger.valueOf(1_000_000));
  private static final String MAX_FEE = Abi.quantity(20_000_000_000L);
  private static final String TIP = Abi.quantity(1_000_000_000L);
  private static final int RECEIPT_BATCH = 500;

  private final SandboxChain chain;
  private final JsonRpc rpc;
  private final Address token;
  private final List<DemoBusiness> businesses = DemoBusiness.all();
  private final Map<Address, Long> nonces = new HashMap<>();
  private final Clock clock = Clock.systemUTC();
  private long lastTimestamp;

  /**
   * What one run produced.
   *
   * @param firstBlock first block it mined
   * @param lastBlock last block it mined
   * @param transactions transactions it sent, setup included
   * @param ethPayments plain ETH payments
   * @param tokenTransfers TUSD {@code transfer} calls
   * @param contractCalls other contract calls ({@code approve}, {@code transferFrom}, {@code mint})
   * @param businesses how many businesses took part
   * @param elapsed wall time
   */
  public record Result(
      long firstBlock,
      long lastBlock,
      int transactions,
      int ethPayments,
      int tokenTransfers,
      int contractCalls,
      int businesses,
      Duration elapsed) {
    public long blocks() {
      return lastBlock - firstBlock + 1;
    }
  }

  public DemoActivity(SandboxChain chain, Address token) {
    this.chain = chain;
    this.rpc = chain.rpc();
    this.token = token;
  }

  /** Runs {@code blocks} blocks of traffic planned from {@code seed}. */
  public Result run(long seed, int blocks) {
    return run(seed, blocks, done -> {});
  }

  /**
   * Runs {@code blocks} blocks of traffic planned from {@code seed}, telling {@code progress} how
   * many blocks are mined after each one (on the calling thread, e.g. for a progress bar).
   */
  public Result run(long seed, int blocks, IntConsumer progress) {
    if (blocks < 1 || blocks > 100_000) {
      throw new SandboxException("blocks must be between 1 and 100000, not " + blocks);
    }
    long start = System.nanoTime();
    List<List<Step>> plan = DemoPlan.create(seed, blocks, businesses);
    rpc.call("evm_setAutomine", false);
    try {
      List<String> hashes = new ArrayList<>();
      long firstBlock = chain.blockNumber() + 1;
      lastTimestamp =
          Abi.number(rpc.call("eth_getBlockByNumber", "latest", false).get("timestamp").asText())
              .longValueExact();
      hashes.addAll(setUp());
      int[] counts = new int[3];
      int mined = 0;
      for (List<Step> block : plan) {
        List<JsonRpcClient.Call> sends = new ArrayList<>(block.size());
        for (Step step : block) {
          sends.add(
              transaction(
                  step.sender().address(),
                  step.target(token),
                  step.value(),
                  step.data(),
                  step.gas()));
          counts[step instanceof EthPayment ? 0 : step instanceof TokenTransfer ? 1 : 2]++;
        }
        rpc.batch(sends).forEach(h -> hashes.add(h.asText()));
        mineBlock();
        progress.accept(++mined);
      }
      long lastBlock = chain.blockNumber();
      checkReceipts(hashes);
      return new Result(
          firstBlock,
          lastBlock,
          hashes.size(),
          counts[0],
          counts[1],
          counts[2] + businesses.size(),
          businesses.size(),
          Duration.ofNanos(System.nanoTime() - start));
    } finally {
      rpc.call("evm_setAutomine", true);
    }
  }

  /** Gives every business ETH and TUSD, lets the node send for it; mines one block. */
  private List<String> setUp() {
    List<JsonRpcClient.Call> calls = new ArrayList<>();
    List<JsonRpcClient.Call> balances = new ArrayList<>();
    for (DemoBusiness b : businesses) {
      String a = b.address().toLowerHex();
      calls.add(JsonRpcClient.Call.of("anvil_impersonateAccount", a));
      balances.add(JsonRpcClient.Call.of("eth_getBalance", a, "latest"));
    }
    List<Address> senders = new ArrayList<>();
    businesses.forEach(b -> senders.add(b.address()));
    senders.add(SandboxChain.DEPLOYER);
    List<JsonRpcClient.Call> nonceCalls = new ArrayList<>();
    senders.forEach(
        s ->
            nonceCalls.add(
                JsonRpcClient.Call.of("eth_getTransactionCount", s.toLowerHex(), "pending")));
    List<JsonNode> counts = rpc.batch(nonceCalls);
    for (int i = 0; i < senders.size(); i++) {
      nonces.put(senders.get(i), Abi.number(counts.get(i).asText()).longValueExact());
    }
    List<JsonNode> current = rpc.batch(balances);
    for (int i = 0; i < businesses.size(); i++) {
      BigInteger have = Abi.number(current.get(i).asText());
      if (have.compareTo(STARTING_ETH) < 0) {
        calls.add(
            JsonRpcClient.Call.of(
                "anvil_setBalance",
                businesses.get(i).address().toLowerHex(),
                Abi.quantity(STARTING_ETH)));
      }
    }
    rpc.batch(calls);
    List<JsonRpcClient.Call> mints = new ArrayList<>();
    for (DemoBusiness b : businesses) {
      mints.add(
          transaction(
              SandboxChain.DEPLOYER,
              token,
              BigInteger.ZERO,
              Abi.call("mint(address,uint256)", b.address(), STARTING_TUSD),
              150_000));
    }
    List<String> hashes = new ArrayList<>();
    rpc.batch(mints).forEach(h -> hashes.add(h.asText()));
    mineBlock();
    return hashes;
  }

  /**
   * Mines one block a second after the previous one or at the wall clock, whichever is later: left
   * alone, anvil gives blocks mined within one second the same timestamp.
   */
  private void mineBlock() {
    lastTimestamp = Math.max(lastTimestamp + 1, clock.instant().getEpochSecond());
    rpc.call("evm_mine", lastTimestamp);
  }

  private JsonRpcClient.Call transaction(
      Address from, Address to, BigInteger value, String data, long gas) {
    long nonce = nonces.merge(from, 1L, Long::sum) - 1;
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", from.toLowerHex());
    tx.put("to", to.toLowerHex());
    tx.put("value", Abi.quantity(value));
    tx.put("data", data);
    tx.put("gas", Abi.quantity(gas));
    tx.put("maxFeePerGas", MAX_FEE);
    tx.put("maxPriorityFeePerGas", TIP);
    tx.put("nonce", Abi.quantity(nonce));
    return JsonRpcClient.Call.of("eth_sendTransaction", tx);
  }

  private void checkReceipts(List<String> hashes) {
    int failed = 0;
    int missing = 0;
    for (int i = 0; i < hashes.size(); i += RECEIPT_BATCH) {
      List<JsonRpcClient.Call> calls = new ArrayList<>();
      for (String h : hashes.subList(i, Math.min(hashes.size(), i + RECEIPT_BATCH))) {
        calls.add(JsonRpcClient.Call.of("eth_getTransactionReceipt", h));
      }
      for (JsonNode r : rpc.batch(calls)) {
        if (r == null || r.isNull()) {
          missing++;
        } else if (!"0x1".equals(r.path("status").asText())) {
          failed++;
        }
      }
    }
    if (failed + missing > 0) {
      throw new SandboxException(
          "demo activity: " + failed + " transactions reverted and " + missing + " were not mined");
    }
  }
}
