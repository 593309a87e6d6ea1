package io.abacus.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.testkit.ProjectPaths;
import io.abacus.wallet.address.Address;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Sandbox: anvil in a temp data folder. */
class SandboxIntegrationTest {
  private static final Address ALICE = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
  private static final BigInteger ETH = BigInteger.TEN.pow(18);

  @TempDir Path data;
  Sandbox sandbox;

  @BeforeEach
  void create() {
    sandbox = new Sandbox(SandboxFiles.in(data), ProjectPaths::anvilBinary);
  }

  @AfterEach
  void stopEverything() {
    SandboxTestSupport.stopAndVerify(sandbox);
  }

  @Test
  void startsWithTestUsdAndFundsAccountsWithTestEth() throws Exception {
    Sandbox.Started started = sandbox.start(false);
    SandboxStatus s = started.status();
    assertThat(started.alreadyRunning()).isFalse();
    assertThat(s.running()).isTrue();
    assertThat(s.rpcUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
    assertThat(ProcessHandle.of(s.pid())).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
    assertThat(SandboxFiles.in(data).nodeRecord()).exists();

    RawRpc rpc = new RawRpc(s.rpcUrl());
    assertThat(rpc.quantity("eth_chainId")).isEqualTo(31337);
    String token = s.tokenAddress().toLowerHex();
    assertThat(Abi.decodeString(rpc.ethCall(token, "0x06fdde03"))).isEqualTo("Test USD");
    assertThat(Abi.decodeString(rpc.ethCall(token, "0x95d89b41"))).isEqualTo("TUSD");
    assertThat(Abi.number(rpc.ethCall(token, "0x313ce567"))).isEqualTo(6);

    BigInteger before = rpc.balance(ALICE.toLowerHex());
    BigInteger after = sandbox.fund(ALICE, new BigDecimal("2.5"));
    assertThat(after)
        .isEqualTo(before.add(ETH.multiply(BigInteger.valueOf(5)).divide(BigInteger.TWO)));
    assertThat(rpc.balance(ALICE.toLowerHex())).isEqualTo(after);

    assertThat(sandbox.fundTestUsd(ALICE, new BigDecimal("12.34"))).isEqualTo(12_340_000);
    assertThat(Abi.number(rpc.ethCall(token, Abi.call("balanceOf(address)", ALICE))))
        .isEqualTo(12_340_000);

    Sandbox.Started again = sandbox.start(false);
    assertThat(again.alreadyRunning()).isTrue();
    assertThat(again.status().pid()).isEqualTo(s.pid());
    assertThat(again.status().tokenAddress()).isEqualTo(s.tokenAddress());
  }

  @Test
  void demoActivityFillsBlocksWithPaymentsAndTokenTransfers() throws Exception {
    SandboxStatus s = sandbox.start(false).status();
    RawRpc rpc = new RawRpc(s.rpcUrl());
    long head = rpc.quantity("eth_blockNumber").longValueExact();

    List<Integer> progress = new java.util.ArrayList<>();
    DemoActivity.Result r = sandbox.demoActivity(42, 40, progress::add);
    assertThat(progress).hasSize(40).startsWith(1, 2).endsWith(40).isSorted();

    int businesses = DemoBusiness.all().size();
    assertThat(r.firstBlock()).isEqualTo(head + 1);
    assertThat(r.blocks()).isEqualTo(41); // one setup block (minting), then 40 of traffic
    assertThat(rpc.quantity("eth_blockNumber").longValueExact()).isEqualTo(r.lastBlock());
    int inBlocks = 0;
    long previousTimestamp = 0;
    for (long b = r.firstBlock(); b <= r.lastBlock(); b++) {
      JsonNode block = rpc.call("eth_getBlockByNumber", Abi.quantity(b), false);
      int n = block.get("transactions").size();
      if (b > r.firstBlock()) {
        assertThat(n).as("block %d", b).isGreaterThanOrEqualTo(4);
      }
      long timestamp = Abi.number(block.get("timestamp").asText()).longValueExact();
      assertThat(timestamp).as("timestamp of block %d", b).isGreaterThan(previousTimestamp);
      previousTimestamp = timestamp;
      inBlocks += n;
    }
    assertThat(inBlocks).isEqualTo(r.transactions());
    assertThat(r.transactions())
        .isEqualTo(r.ethPayments() + r.tokenTransfers() + r.contractCalls());
    assertThat(r.ethPayments()).isPositive();

    JsonNode logs =
        rpc.call(
            "eth_getLogs",
            Map.of(
                "address", s.tokenAddress().toLowerHex(),
                "fromBlock", Abi.quantity(r.firstBlock()),
                "toBlock", Abi.quantity(r.lastBlock()),
                "topics", List.of(TestUsd.TRANSFER_TOPIC)));
    int transferFroms = (r.contractCalls() - businesses) / 2;
    assertThat(logs.size()).isEqualTo(businesses + r.tokenTransfers() + transferFroms);
    String supply = rpc.ethCall(s.tokenAddress().toLowerHex(), "0x18160ddd");
    assertThat(Abi.number(supply))
        .isEqualTo(TestUsd.ONE.multiply(BigInteger.valueOf(1_000_000L * businesses)));

    JsonNode labels = new ObjectMapper().readTree(SandboxFiles.in(data).labels().toFile());
    assertThat(labels.get("testMoney").asBoolean()).isTrue();
    assertThat(labels.get("labels")).hasSize(businesses + 1);
    assertThat(labels.get("labels").get(1).get("name").asText()).isEqualTo("Northwind Traders");

    // Afterwards the chain mines each transaction at once again.
    sandbox.fund(ALICE, BigDecimal.ONE);
    assertThat(sandbox.fundTestUsd(ALICE, BigDecimal.ONE)).isEqualTo(TestUsd.ONE);
    assertThat(rpc.quantity("eth_blockNumber").longValueExact()).isEqualTo(r.lastBlock() + 1);
  }

  @Test
  void balancesAndHistorySurviveAStopAndStart() throws Exception {
    SandboxStatus first = sandbox.start(false).status();
    sandbox.fund(ALICE, new BigDecimal("7"));
    sandbox.demoActivity(5, 10);
    RawRpc rpc = new RawRpc(first.rpcUrl());
    BigInteger balance = rpc.balance(ALICE.toLowerHex());
    long head = rpc.quantity("eth_blockNumber").longValueExact();
    JsonNode block = rpc.call("eth_getBlockByNumber", Abi.quantity(head - 3), false);
    String tx = block.get("transactions").get(0).asText();
    BigInteger deployerNonce =
        rpc.quantity("eth_getTransactionCount", SandboxChain.DEPLOYER.toLowerHex(), "latest");

    assertThat(sandbox.stop()).isTrue();
    assertThat(ProcessHandle.of(first.pid()).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(sandbox.status().running()).isFalse();
    assertThat(SandboxFiles.in(data).nodeRecord()).doesNotExist();
    assertThat(sandbox.stop()).isFalse();
    assertThatThrownBy(() -> sandbox.fund(ALICE, BigDecimal.ONE))
        .isInstanceOf(SandboxException.class)
        .hasMessageContaining("not running");

    Sandbox.Started second = sandbox.start(false);
    assertThat(second.status().pid()).isNotEqualTo(first.pid());
    assertThat(second.status().tokenAddress()).isEqualTo(first.tokenAddress());
    assertThat(second.status().blockNumber()).isEqualTo(head);
    RawRpc rpc2 = new RawRpc(second.status().rpcUrl());
    assertThat(rpc2.balance(ALICE.toLowerHex())).isEqualTo(balance);
    assertThat(rpc2.call("eth_getBlockByNumber", Abi.quantity(head - 3), false).get("hash"))
        .isEqualTo(block.get("hash"));
    assertThat(rpc2.call("eth_getTransactionReceipt", tx).get("status").asText()).isEqualTo("0x1");
    // Not redeployed: the deployer sent nothing new.
    assertThat(
            rpc2.quantity("eth_getTransactionCount", SandboxChain.DEPLOYER.toLowerHex(), "latest"))
        .isEqualTo(deployerNonce);
  }

  @Test
  void aStaleNodeRecordIsDetectedAndReplaced() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    SandboxFiles files = SandboxFiles.in(data);
    new NodeRecordStore(files.nodeRecord())
        .write(new NodeRecord(gone.pid(), 1, Instant.now(), "anvil"));

    assertThat(sandbox.status().running()).isFalse();
    assertThat(files.nodeRecord()).doesNotExist();

    new NodeRecordStore(files.nodeRecord())
        .write(new NodeRecord(gone.pid(), 1, Instant.now(), "anvil"));
    Sandbox.Started started = sandbox.start(false);
    assertThat(started.alreadyRunning()).isFalse();
    assertThat(new NodeRecordStore(files.nodeRecord()).read().orElseThrow().pid())
        .isEqualTo(started.status().pid());
  }

  @Test
  void aStateTruncatedByACrashFallsBackToTheLastGoodStart() throws Exception {
    sandbox.start(false);
    sandbox.fund(ALICE, BigDecimal.TEN);
    assertThat(sandbox.stop()).isTrue();
    Sandbox.Started second = sandbox.start(false); // keeps this state as the last good one
    long head = second.status().blockNumber();
    sandbox.stop();
    SandboxFiles files = SandboxFiles.in(data);
    byte[] state = Files.readAllBytes(files.state());
    Files.write(files.state(), java.util.Arrays.copyOf(state, state.length / 2));

    Sandbox.Started third = sandbox.start(false);
    assertThat(third.notes()).singleElement().asString().contains("restored");
    assertThat(third.status().blockNumber()).isEqualTo(head);
    assertThat(
            new RawRpc(third.status().rpcUrl())
                .call("eth_getCode", third.status().tokenAddress().toLowerHex(), "latest")
                .asText())
        .hasSizeGreaterThan(2);
  }

  @Test
  void concurrentStartsShareOneNode() throws Exception {
    Sandbox other = new Sandbox(SandboxFiles.in(data), ProjectPaths::anvilBinary);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Sandbox.Started> a = pool.submit(() -> sandbox.start(true));
      Future<Sandbox.Started> b = pool.submit(() -> other.start(true));
      Sandbox.Started first = a.get(120, TimeUnit.SECONDS);
      Sandbox.Started second = b.get(120, TimeUnit.SECONDS);
      assertThat(first.status().pid()).isEqualTo(second.status().pid());
      assertThat(List.of(first.alreadyRunning(), second.alreadyRunning()))
          .containsExactlyInAnyOrder(true, false);
      assertThat(first.status().tokenAddress()).isEqualTo(second.status().tokenAddress());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void thePresetIsLabelledAsTestMoney() {
    SandboxNetwork preset = SandboxNetwork.preset();
    assertThat(preset.name()).isEqualTo("Sandbox (local test chain)");
    assertThat(preset.chainId()).isEqualTo(31337);
    assertThat(preset.currency()).isEqualTo("ETH");
    assertThat(preset.testMoney()).isTrue();
  }
}
