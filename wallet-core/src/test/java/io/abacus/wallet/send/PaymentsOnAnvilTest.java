package io.abacus.wallet.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.fees.FeeOracle;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.tx.AccessListEntry;
import io.abacus.wallet.tx.AccessListTransaction;
import io.abacus.wallet.tx.Erc20Calldata;
import io.abacus.wallet.tx.LegacyTransaction;
import io.abacus.wallet.tx.SignedTransaction;
import io.abacus.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** Real payments on anvil through the wallet's own planner, signer path and broadcaster. */
@WithAnvil
class PaymentsOnAnvilTest {
  static final BigInteger ETHER = BigInteger.TEN.pow(18);

  @Test
  void sendsEtherWithEveryTransactionType(Anvil anvil) {
    Wallet w = new Wallet(anvil, 31337);
    Address to = Address.parse(anvil.account(2).address());
    try (PrivateKeySigner key = Wallet.signer(anvil.account(1))) {
      BigInteger before = w.node.balance(to, "latest");
      PaymentSender.Sent sent =
          w.sender.send(Payment.ether(key.address(), to, ETHER), key, summary -> true);
      assertThat(sent.plan().transaction().type()).isEqualTo(2);
      assertThat(sent.plan().summary().lines())
          .contains("Amount:  1 ETH", "Network: Anvil (chain id 31337)");
      TxStatus status = await(w, sent.signed());
      assertThat(status).isInstanceOf(TxStatus.Mined.class);
      assertThat(((TxStatus.Mined) status).receipt().success()).isTrue();
      assertThat(w.node.balance(to, "latest").subtract(before)).isEqualTo(ETHER);

      BigInteger price = w.node.gasPrice().multiply(BigInteger.TWO);
      BigInteger nonce = w.nonces.next(key.address(), 31337);
      Transaction legacy =
          new LegacyTransaction(
              31337, nonce, price, BigInteger.valueOf(21000), to, BigInteger.ONE, null);
      assertMined(w, w.sender.signAndBroadcast(legacy, key));
      Transaction typeOne =
          new AccessListTransaction(
              31337,
              nonce.add(BigInteger.ONE),
              price,
              BigInteger.valueOf(30000),
              to,
              BigInteger.TWO,
              null,
              List.of(new AccessListEntry(to, List.of(HexBytes.of(new byte[32])))));
      assertMined(w, w.sender.signAndBroadcast(typeOne, key));
    }
  }

  @Test
  void deploysARealErc20AndTransfersIt(Anvil anvil) {
    Wallet w = new Wallet(anvil, 31337);
    String ctor =
        FunctionEncoder.encodeConstructor(
            List.of(new Utf8String("Dollar"), new Utf8String("USDX")));
    Address token =
        Address.parse(
            Contracts.deploy(
                anvil, anvil.account(0), Contracts.openZeppelin("ERC20PresetMinterPauser"), ctor));
    Address payer = Address.parse(anvil.account(3).address());
    Address payee = Address.parse(anvil.account(4).address());
    String mint =
        FunctionEncoder.encode(
            new Function(
                "mint",
                List.of(
                    new org.web3j.abi.datatypes.Address(payer.toLowerHex()),
                    new Uint256(ETHER.multiply(BigInteger.valueOf(100)))),
                List.of()));
    anvil.call(
        "eth_sendTransaction",
        Map.of("from", anvil.account(0).address(), "to", token.toLowerHex(), "data", mint));

    try (PrivateKeySigner key = Wallet.signer(anvil.account(3))) {
      BigInteger amount = new BigInteger("12500000000000000000");
      PaymentSender.Sent sent =
          w.sender.send(Payment.token(payer, token, payee, amount), key, s -> true);
      TransactionSummary summary = sent.plan().summary();
      assertThat(summary.asset()).isEqualTo("USDX");
      assertThat(summary.amount()).isEqualTo("12.5");
      assertThat(summary.to()).isEqualTo(payee);
      assertMined(w, sent.signed());
      assertThat(tokenBalance(w, token, payee)).isEqualTo(amount);

      assertThatThrownBy(
              () ->
                  w.sender.send(
                      Payment.token(payer, token, payee, ETHER.multiply(BigInteger.valueOf(1000))),
                      key,
                      s -> true))
          .isInstanceOf(SafetyException.class)
          .hasMessageContaining("insufficient token balance")
          .hasMessageContaining("has 87.5 USDX but the payment is 1000 USDX");
    }
  }

  @Test
  void revertIsReportedWithItsReason(Anvil anvil) {
    Wallet w = new Wallet(anvil, 31337);
    String ctor =
        FunctionEncoder.encodeConstructor(
            List.of(new Utf8String("Dollar"), new Utf8String("USDX")));
    Address token =
        Address.parse(
            Contracts.deploy(
                anvil, anvil.account(0), Contracts.openZeppelin("ERC20PresetMinterPauser"), ctor));
    try (PrivateKeySigner key = Wallet.signer(anvil.account(5))) {
      Fees fees = new FeeOracle(w.node).suggest(Speed.FAST);
      Transaction tx =
          TransactionDrafts.of(
              31337,
              w.nonces.next(key.address(), 31337),
              fees,
              BigInteger.valueOf(100_000),
              token,
              BigInteger.ZERO,
              Erc20Calldata.transfer(key.address(), BigInteger.ONE));
      SignedTransaction signed = w.sender.signAndBroadcast(tx, key);
      TxStatus status = await(w, signed);
      assertThat(status).isInstanceOf(TxStatus.Mined.class);
      TxStatus.Mined mined = (TxStatus.Mined) status;
      assertThat(mined.receipt().success()).isFalse();
      assertThat(mined.revertReason()).contains("ERC20: transfer amount exceeds balance");
    }
  }

  @Test
  void wrongChainIdIsRefusedBeforeSigning(Anvil anvil) {
    Wallet w = new Wallet(anvil, 1);
    try (PrivateKeySigner key = Wallet.signer(anvil.account(1))) {
      CountingSigner counting = new CountingSigner(key);
      assertThatThrownBy(
              () ->
                  w.sender.send(
                      Payment.ether(key.address(), key.address(), BigInteger.ONE),
                      counting,
                      s -> true))
          .isInstanceOf(SafetyException.class)
          .hasMessageContaining("is on chain id 31337 but the transaction is for chain id 1");
      Transaction forMainnet =
          new LegacyTransaction(
              1,
              BigInteger.ZERO,
              BigInteger.ONE,
              BigInteger.valueOf(21000),
              key.address(),
              BigInteger.ONE,
              null);
      assertThatThrownBy(() -> w.sender.signAndBroadcast(forMainnet, counting))
          .isInstanceOf(SafetyException.class)
          .hasMessageContaining("chain id 31337")
          .hasMessageContaining("chain id 1");
      assertThat(counting.signatures).hasValue(0);
    }
  }

  @Test
  void insufficientFundsAreRefusedBeforeSigning(Anvil anvil) {
    Wallet w = new Wallet(anvil, 31337);
    byte[] emptyKey = HexFormat.of().parseHex("11".repeat(32));
    try (PrivateKeySigner key = PrivateKeySigner.of(emptyKey)) {
      CountingSigner counting = new CountingSigner(key);
      Payment p = Payment.ether(key.address(), Address.parse(anvil.account(1).address()), ETHER);
      assertThatThrownBy(() -> w.sender.send(p, counting, s -> true))
          .isInstanceOf(SafetyException.class)
          .hasMessageContaining(
              "insufficient funds: "
                  + key.address()
                  + " has 0 ETH but this transaction needs up to 1.");
      assertThat(counting.signatures).hasValue(0);
    }
  }

  static BigInteger tokenBalance(Wallet w, Address token, Address owner) {
    HexBytes r =
        w.node.call(new CallRequest(null, token, null, Erc20Calldata.balanceOf(owner)), "latest");
    return new BigInteger(1, r.toBytes());
  }

  static TxStatus await(Wallet w, SignedTransaction s) {
    return w.broadcaster.await(
        s.hash(),
        s.from(),
        s.transaction().nonce(),
        1,
        Wallet.seconds(60),
        java.time.Duration.ofMillis(100));
  }

  static void assertMined(Wallet w, SignedTransaction s) {
    TxStatus status = await(w, s);
    assertThat(status).isInstanceOf(TxStatus.Mined.class);
    assertThat(((TxStatus.Mined) status).receipt().success())
        .as("receipt of %s", s.hash())
        .isTrue();
    assertThat(Optional.of(w.node.transaction(s.hash()).orElseThrow().from())).contains(s.from());
  }
}
