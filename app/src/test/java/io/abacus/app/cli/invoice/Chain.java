package io.abacus.app.cli.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.wallet.encoding.Quantities;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** Payments on anvil from its dev accounts, for the invoice tests. */
final class Chain {
  private final Anvil anvil;

  Chain(Anvil anvil) {
    this.anvil = anvil;
  }

  /** Deploys an 18-decimal token TUSD and mints 1,000,000 to dev account {@code holder}. */
  String token(int holder) throws InterruptedException {
    String token =
        Contracts.deploy(
            anvil,
            anvil.account(1),
            Contracts.openZeppelin("ERC20PresetMinterPauser"),
            FunctionEncoder.encodeConstructor(
                List.of(new Utf8String("Test Dollar"), new Utf8String("TUSD"))));
    String mint =
        FunctionEncoder.encode(
            new Function(
                "mint",
                List.of(
                    new Address(anvil.account(holder).address()),
                    new Uint256(Quantities.parseEther("1000000"))),
                List.of()));
    send(anvil.account(1).address(), token, BigInteger.ZERO, mint);
    return token;
  }

  /** Sends {@code ether} ETH from dev account {@code from}; returns the hash. */
  String eth(int from, String to, String ether) throws InterruptedException {
    return send(anvil.account(from).address(), to, Quantities.parseEther(ether), null);
  }

  /** Transfers {@code units} whole tokens (18 decimals) from dev account {@code from}. */
  String tokens(String token, int from, String to, String units) throws InterruptedException {
    String data =
        FunctionEncoder.encode(
            new Function(
                "transfer",
                List.of(new Address(to), new Uint256(Quantities.parseEther(units))),
                List.of()));
    return send(anvil.account(from).address(), token, BigInteger.ZERO, data);
  }

  private String send(String from, String to, BigInteger value, String data)
      throws InterruptedException {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", from);
    tx.put("to", to);
    tx.put("value", Quantities.toHex(value));
    if (data != null) {
      tx.put("data", data);
    }
    String hash = anvil.call("eth_sendTransaction", tx).asText();
    for (int i = 0; i < 100; i++) {
      JsonNode receipt = anvil.call("eth_getTransactionReceipt", hash);
      if (receipt != null && !receipt.isNull()) {
        assertThat(receipt.get("status").asText()).isEqualTo("0x1");
        return hash;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("not mined: " + hash);
  }
}
