package io.abacus.wallet.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.ProjectPaths;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.fees.FeeOracle;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.Receipt;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.send.TransactionDrafts;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.tx.Erc20Calldata;
import io.abacus.wallet.tx.TransactionSigner;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Utf8String;

/**
 * The committed multi-send contract on anvil: its artifact is its source compiled, and one
 * transaction pays several recipients in ETH, or in a token after one approval, each exactly its
 * amount; the gas is printed next to that of separate transfers.
 */
@WithAnvil
class MultiSendAnvilTest {
  private static final BigInteger MILLI = BigInteger.TEN.pow(15);

  @Test
  void paysEveryRecipientExactlyItsAmountInOneTransaction(Anvil anvil) throws Exception {
    Path dir = ProjectPaths.root().resolve("resources/contracts");
    JsonNode committed = new ObjectMapper().readTree(dir.resolve("MultiSend.json").toFile());
    Contracts.Artifact compiled = Contracts.compile(dir.resolve("MultiSend.sol")).get("MultiSend");
    assertThat(committed.get("bytecode").asText()).isEqualTo(compiled.bytecode());

    NodeClient node = new NodeClient(HttpJsonRpcTransport.of(anvil.rpcUrl()), RetryPolicy.none());
    PrivateKeySigner payer =
        PrivateKeySigner.of(HexBytes.parse(anvil.account(5).privateKeyHex()).toBytes());
    Address multiSend = Address.parse(Contracts.deploy(anvil, anvil.account(5), compiled, ""));
    List<Address> to =
        List.of(
            Address.parse("0x00000000000000000000000000000000000a5e01"),
            Address.parse("0x00000000000000000000000000000000000a5e02"),
            Address.parse("0x00000000000000000000000000000000000a5e03"));
    List<BigInteger> values =
        List.of(MILLI, MILLI.multiply(BigInteger.TWO), MILLI.multiply(BigInteger.TEN));
    BigInteger sum = values.stream().reduce(BigInteger.ZERO, BigInteger::add);

    HexBytes ether = MultiSendCalldata.disperseEther(to, values);
    assertThatThrownBy(
            () ->
                node.estimateGas(
                    new CallRequest(payer.address(), multiSend, sum.add(BigInteger.ONE), ether)))
        .isInstanceOf(RpcException.class)
        .hasMessageContaining("value is not the sum");
    Receipt paid = send(node, payer, multiSend, sum, ether);
    for (int i = 0; i < to.size(); i++) {
      assertThat(node.balance(to.get(i), "latest")).isEqualTo(values.get(i));
    }
    assertThat(node.balance(multiSend, "latest")).isZero();

    Address token = token(anvil, payer.address());
    List<Address> tokenTo =
        List.of(
            Address.parse("0x00000000000000000000000000000000000a5e11"),
            Address.parse("0x00000000000000000000000000000000000a5e12"),
            Address.parse("0x00000000000000000000000000000000000a5e13"));
    BigInteger separate = BigInteger.ZERO;
    for (int i = 0; i < tokenTo.size(); i++) {
      separate =
          separate.add(
              node.estimateGas(
                  new CallRequest(
                      payer.address(),
                      token,
                      BigInteger.ZERO,
                      Erc20Calldata.transfer(tokenTo.get(i), values.get(i)))));
    }
    Receipt approved =
        send(node, payer, token, BigInteger.ZERO, Erc20Calldata.approve(multiSend, sum));
    Receipt dispersed =
        send(
            node,
            payer,
            multiSend,
            BigInteger.ZERO,
            MultiSendCalldata.disperseToken(token, tokenTo, values));
    Erc20Reader reader = new Erc20Reader(node);
    for (int i = 0; i < tokenTo.size(); i++) {
      assertThat(reader.balance(token, tokenTo.get(i), "latest")).isEqualTo(values.get(i));
    }
    System.out.printf(
        "multi-send, 3 rows: ETH %s gas (3 transfers: %s); token %s gas with its approval (3"
            + " transfers: %s)%n",
        paid.gasUsed(), 21_000 * 3, approved.gasUsed().add(dispersed.gasUsed()), separate);
    // Paying fresh addresses through a contract costs more than plain transfers (25,000 gas per new
    // account from a CALL with value): why the plan compares fees and the default stays separate.
    assertThat(paid.gasUsed()).isGreaterThan(BigInteger.valueOf(21_000 * 3));
  }

  private static Receipt send(
      NodeClient node, PrivateKeySigner from, Address to, BigInteger value, HexBytes data) {
    BigInteger gas = node.estimateGas(new CallRequest(from.address(), to, value, data));
    var tx =
        TransactionDrafts.of(
            node.chainId(),
            node.transactionCount(from.address(), "pending"),
            new FeeOracle(node).suggest(Speed.NORMAL),
            gas.multiply(BigInteger.valueOf(12)).divide(BigInteger.TEN),
            to,
            value,
            data);
    HexBytes hash = node.sendRawTransaction(TransactionSigner.sign(tx, from).raw());
    // automine answers the send before the receipt is always readable (seen once in CI): wait
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    java.util.Optional<Receipt> mined = node.receipt(hash);
    while (mined.isEmpty() && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
      mined = node.receipt(hash);
    }
    Receipt r = mined.orElseThrow(() -> new AssertionError("no receipt for " + hash + " in 30 s"));
    assertThat(r.success()).isTrue();
    return r;
  }

  /** An 18-decimal ERC-20 deployed and minted to {@code owner} (dev account 5). */
  private static Address token(Anvil anvil, Address owner) {
    String args =
        FunctionEncoder.encodeConstructor(List.of(new Utf8String("Multi"), new Utf8String("MLT")));
    Address token =
        Address.parse(
            Contracts.deploy(
                anvil, anvil.account(5), Contracts.openZeppelin("ERC20PresetMinterPauser"), args));
    java.util.Map<String, Object> mint = new java.util.LinkedHashMap<>();
    mint.put("from", anvil.account(5).address());
    mint.put("to", token.toLowerHex());
    mint.put(
        "data",
        "0x40c10f19"
            + String.format("%64s", owner.toLowerHex().substring(2)).replace(' ', '0')
            + String.format("%64s", BigInteger.TEN.pow(21).toString(16)).replace(' ', '0'));
    String hash = anvil.call("eth_sendTransaction", mint).asText();
    assertThat(anvil.call("eth_getTransactionReceipt", hash).isNull()).isFalse();
    return token;
  }
}
