package io.abacus.explorer.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.TestChain;
import io.abacus.explorer.account.HistoryProgress;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.statement.SignedStatement;
import io.abacus.wallet.statement.Statement;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements built from an explorer index are the very bytes the node path builds. */
@WithAnvil
class StatementIndexAnvilTest {
  @Test
  void theIndexAndTheNodeGiveTheSameStatementAndTheSameProblems(Anvil anvil, @TempDir Path dir)
      throws Exception {
    TestChain chain = new TestChain(anvil).tokenScenario(); // mints, transfers, a failed one
    chain.sendEth(1, 1, BigInteger.TEN); // self
    chain.sendEth(2, 1, BigInteger.TWO.pow(60)); // between two of the accounts
    chain.ethTraffic(4, 5);
    long to = anvil.blockNumber();
    anvil.mine(20); // the index stores confirmed blocks
    List<Address> accounts =
        List.of(Address.parse(chain.account(1)), Address.parse(chain.account(2)));
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    try (JsonRpcClient client = StatementAnvilTest.client(anvil.rpcUrl());
        PrivateKeySigner one = key(anvil, 1);
        PrivateKeySigner two = key(anvil, 2)) {
      Fixtures.index(anvil, db, IndexerConfig.defaults());
      IndexMovements index = new IndexMovements(db, anvil.chainId());
      Statement fromNode =
          build(new StatementBuilder(client, anvil.chainId(), "Sandbox"), accounts, to);
      Statement fromIndex =
          build(new StatementBuilder(client, anvil.chainId(), "Sandbox", index), accounts, to);

      assertThat(fromNode.movements()).hasSizeGreaterThan(8);
      assertThat(fromNode.movements()).extracting(Statement.Movement::direction).contains("self");
      assertThat(fromNode.movements())
          .as("a transfer between two listed accounts is listed once for each")
          .filteredOn(m -> m.asset().equals(chain.erc20.toLowerCase()))
          .hasSize(3);
      SignedStatement signed = SignedStatement.sign(fromNode, List.of(one, two));
      assertThat(new String(SignedStatement.sign(fromIndex, List.of(one, two)).signedBytes()))
          .isEqualTo(new String(signed.signedBytes()));

      StatementVerifier byNode = new StatementVerifier(client);
      StatementVerifier byIndex = new StatementVerifier(client, index);
      List<Statement.Movement> fewer = new ArrayList<>(fromNode.movements());
      fewer.remove(2);
      List<Statement.Movement> changed = new ArrayList<>(fromNode.movements());
      changed.set(1, changed.get(1).withAmount("123"));
      List<Statement.Movement> more = new ArrayList<>(fromNode.movements());
      more.add(0, fromNode.movements().get(0).withAmount("1"));
      List<SignedStatement> cases =
          List.of(
              signed,
              SignedStatement.sign(fromNode.withMovements(fewer), List.of(one, two)),
              SignedStatement.sign(fromNode.withMovements(changed), List.of(one, two)),
              SignedStatement.sign(fromNode.withMovements(more), List.of(one, two)),
              signed.withUnsignedStatement(fromNode.withMovements(changed)));
      for (SignedStatement file : cases) {
        VerifyReport node = byNode.verify(file, HistoryProgress.none());
        assertThat(byIndex.verify(file, HistoryProgress.none())).isEqualTo(node);
      }
      assertThat(byIndex.verify(signed, HistoryProgress.none()).valid()).isTrue();
      assertThat(byIndex.verify(cases.get(1), HistoryProgress.none()).problems()).hasSize(1);

      anvil.mine(30);
      assertThatThrownBy(
              () ->
                  new StatementBuilder(client, anvil.chainId(), "Sandbox", index)
                      .build(
                          accounts,
                          1,
                          anvil.blockNumber(),
                          List.of(),
                          a -> Optional.empty(),
                          HistoryProgress.none()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("the index holds blocks ")
          .hasMessageNotContaining("\n");
      assertThatThrownBy(
              () ->
                  new StatementVerifier(client, new IndexMovements(db, 1))
                      .verify(signed, HistoryProgress.none()))
          .hasMessage("the index is of chain " + anvil.chainId() + ", the node serves 1");
    }
  }

  private static Statement build(StatementBuilder builder, List<Address> accounts, long to) {
    return builder.build(accounts, 1, to, List.of(), a -> Optional.empty(), HistoryProgress.none());
  }

  private static PrivateKeySigner key(Anvil anvil, int i) {
    return PrivateKeySigner.of(HexBytes.parse(anvil.account(i).privateKeyHex()).toBytes());
  }
}
