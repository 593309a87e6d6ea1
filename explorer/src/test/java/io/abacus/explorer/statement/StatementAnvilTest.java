package io.abacus.explorer.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.explorer.TestChain;
import io.abacus.explorer.account.HistoryProgress;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.AnvilOptions;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.statement.SignedStatement;
import io.abacus.wallet.statement.Statement;
import io.abacus.wallet.statement.StatementProblem;
import io.abacus.wallet.statement.StatementProblem.Kind;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** The "Done when" of issue 17 on anvil: ETH and an ERC-20, in and out, with fees. */
@WithAnvil
class StatementAnvilTest {
  private static final BigInteger E18 = BigInteger.TEN.pow(18);

  @Test
  void aStatementVerifiesAndEveryKindOfTamperingIsNamed(Anvil anvil) throws Exception {
    TestChain chain = new TestChain(anvil);
    String token =
        Contracts.deploy(
                anvil,
                anvil.account(0),
                Contracts.openZeppelin("ERC20PresetMinterPauser"),
                FunctionEncoder.encodeConstructor(
                    List.of(new Utf8String("Test Dollar"), new Utf8String("TUSD"))))
            .toLowerCase();
    Address me = Address.parse(anvil.account(8).address());
    String peer = chain.account(9);
    chain.sendEth(0, 8, E18); // before the period: in the opening balance only
    long from = anvil.blockNumber() + 1;
    chain.sendEth(0, 8, E18.multiply(BigInteger.valueOf(3)));
    chain.call(
        0,
        token,
        TestChain.fn(
            "mint", addr(me.toLowerHex()), new Uint256(E18.multiply(BigInteger.valueOf(1000)))));
    chain.call(
        8,
        token,
        TestChain.fn("transfer", addr(peer), new Uint256(E18.multiply(BigInteger.valueOf(250)))));
    chain.sendEth(8, 9, E18.divide(BigInteger.TWO));
    long to = anvil.blockNumber();
    chain.sendEth(9, 8, E18); // after the period

    try (JsonRpcClient client = client(anvil.rpcUrl());
        PrivateKeySigner key =
            PrivateKeySigner.of(HexBytes.parse(anvil.account(8).privateKeyHex()).toBytes())) {
      Statement s =
          new StatementBuilder(client, anvil.chainId(), "Sandbox")
              .build(
                  List.of(me),
                  from,
                  to,
                  List.of(),
                  a -> a.equals(peer) ? Optional.of("Supplier") : Optional.empty(),
                  HistoryProgress.none());
      assertThat(s.movements())
          .extracting(
              m ->
                  m.direction()
                      + " "
                      + (m.asset().equals("ETH") ? "ETH" : "TUSD")
                      + " "
                      + m.amount()
                      + " "
                      + (m.fee() != null))
          .containsExactly(
              "in ETH 3 false", "in TUSD 1000 false", "out TUSD 250 true", "out ETH 0.5 true");
      assertThat(s.movements().get(3).label()).isEqualTo("Supplier");
      assertThat(s.balances())
          .contains(
              new Statement.Balance(me.toLowerHex(), "ETH", "10001", s.balances().get(0).closing()))
          .contains(new Statement.Balance(me.toLowerHex(), token, "0", "750"));
      assertThat(s.counterparties())
          .as("account 0, the mint (zero address), account 9")
          .isEqualTo(3);
      StatementVerifier verifier = new StatementVerifier(client);

      VerifyReport clean = verify(verifier, SignedStatement.sign(s, List.of(key)));
      assertThat(clean.problems()).isEmpty();
      assertThat(clean.valid()).isTrue();
      assertThat(clean.movements()).isEqualTo(4);
      assertThat(clean.signers()).containsExactly(me.toString());

      List<Statement.Movement> fewer = new ArrayList<>(s.movements());
      Statement.Movement removed = fewer.remove(1);
      assertThat(verify(verifier, resign(s.withMovements(fewer), key)).problems())
          .singleElement()
          .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.MISSING))
          .satisfies(p -> assertThat(p.hash()).isEqualTo(removed.hash()));

      List<Statement.Movement> changed = new ArrayList<>(s.movements());
      changed.set(3, changed.get(3).withAmount("0.05"));
      assertThat(verify(verifier, resign(s.withMovements(changed), key)).problems())
          .singleElement()
          .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.ALTERED))
          .satisfies(p -> assertThat(p.detail()).contains("amount 0.05, on chain 0.5"));

      List<Statement.Movement> more = new ArrayList<>(s.movements());
      String madeUp = "0x" + "5e".repeat(32);
      more.add(
          new Statement.Movement(
              madeUp,
              to,
              s.period().toTime(),
              me.toLowerHex(),
              "in",
              peer,
              null,
              "ETH",
              null,
              "42",
              null));
      assertThat(verify(verifier, resign(s.withMovements(more), key)).problems())
          .singleElement()
          .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.FABRICATED))
          .satisfies(p -> assertThat(p.hash()).isEqualTo(madeUp));

      Statement richer =
          withBalances(s, List.of(new Statement.Balance(me.toLowerHex(), "ETH", "10001", "99999")));
      assertThat(verify(verifier, resign(richer, key)).problems())
          .singleElement()
          .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.BALANCE))
          .satisfies(p -> assertThat(p.detail()).startsWith("closing ETH").endsWith("not 99999"));

      SignedStatement edited =
          SignedStatement.sign(s, List.of(key)).withUnsignedStatement(s.withMovements(changed));
      VerifyReport unsigned = verify(verifier, edited);
      assertThat(unsigned.valid()).isFalse();
      assertThat(unsigned.count(Kind.SIGNATURE)).isPositive();
      assertThat(unsigned.signers()).isEmpty();

      try (Anvil other = Anvil.start(new AnvilOptions(1337, true, List.of()));
          JsonRpcClient elsewhere = client(other.rpcUrl())) {
        other.mine(3);
        assertThat(
                verify(new StatementVerifier(elsewhere), SignedStatement.sign(s, List.of(key)))
                    .problems())
            .extracting(StatementProblem::kind)
            .containsExactly(Kind.CHAIN);
      }
    }
  }

  private static VerifyReport verify(StatementVerifier verifier, SignedStatement file) {
    return verifier.verify(SignedStatement.parse(file.toBytes()), HistoryProgress.none());
  }

  private static SignedStatement resign(Statement s, PrivateKeySigner key) {
    return SignedStatement.sign(s, List.of(key));
  }

  private static Statement withBalances(Statement s, List<Statement.Balance> balances) {
    List<Statement.Balance> all = new ArrayList<>(balances);
    s.balances().stream().filter(b -> !b.asset().equals("ETH")).forEach(all::add);
    return new Statement(
        s.format(),
        s.chainId(),
        s.chainName(),
        s.accounts(),
        s.period(),
        s.assets(),
        all,
        s.movements(),
        s.totals(),
        s.months(),
        s.counterparties());
  }

  private static org.web3j.abi.datatypes.Address addr(String hex) {
    return new org.web3j.abi.datatypes.Address(hex);
  }

  static JsonRpcClient client(String url) {
    return new JsonRpcClient(
        new HttpJsonRpcTransport(
            URI.create(url), Duration.ofSeconds(10), Duration.ofSeconds(60), Optional.empty()),
        RetryPolicy.standard());
  }
}
