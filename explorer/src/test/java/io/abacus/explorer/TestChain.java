package io.abacus.explorer;

import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.DevAccount;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Builds test traffic on anvil with real OpenZeppelin tokens and remembers every token transfer it
 * caused, so tests compare the index with what was actually done (not with the indexer's own
 * decoding).
 */
public final class TestChain {
  /** A token movement the test caused. */
  public record Expected(
      String token, int standard, String from, String to, BigInteger tokenId, BigInteger value) {}

  public static final String ZERO = "0x0000000000000000000000000000000000000000";

  private final Anvil anvil;
  private final List<Expected> transfers = new ArrayList<>();
  private final List<String> failedTxs = new ArrayList<>();
  public String erc20;
  public String erc721;
  public String erc1155;

  public TestChain(Anvil anvil) {
    this.anvil = anvil;
  }

  public List<Expected> transfers() {
    return transfers;
  }

  public List<String> failedTxs() {
    return failedTxs;
  }

  public String account(int i) {
    return anvil.account(i).address().toLowerCase(Locale.ROOT);
  }

  /** Deploys the three tokens and moves each a few times, plus ETH transfers and a revert. */
  public TestChain tokenScenario() {
    DevAccount owner = anvil.account(0);
    erc20 =
        Contracts.deploy(
            anvil,
            owner,
            Contracts.openZeppelin("ERC20PresetMinterPauser"),
            ctor(new Utf8String("Test Dollar"), new Utf8String("TUSD")));
    erc721 =
        Contracts.deploy(
            anvil,
            owner,
            Contracts.openZeppelin("ERC721PresetMinterPauserAutoId"),
            ctor(new Utf8String("Art"), new Utf8String("ART"), new Utf8String("ipfs://x/")));
    erc1155 =
        Contracts.deploy(
            anvil,
            owner,
            Contracts.openZeppelin("ERC1155PresetMinterPauser"),
            ctor(new Utf8String("ipfs://y/{id}")));
    BigInteger e18 = BigInteger.TEN.pow(18);
    call(0, erc20, fn("mint", addr(1), uint(e18.multiply(BigInteger.valueOf(1000)))));
    transfers.add(
        new Expected(erc20, 20, ZERO, account(1), null, e18.multiply(BigInteger.valueOf(1000))));
    call(1, erc20, fn("transfer", addr(2), uint(e18.multiply(BigInteger.valueOf(250)))));
    transfers.add(
        new Expected(
            erc20, 20, account(1), account(2), null, e18.multiply(BigInteger.valueOf(250))));
    String failed =
        send(
            2,
            erc20,
            fn("transfer", addr(3), uint(e18.multiply(BigInteger.valueOf(999)))),
            BigInteger.ZERO,
            200_000);
    receipt(failed);
    failedTxs.add(failed);
    sendEth(4, 5, new BigInteger("1234567890123456789"));
    call(0, erc721, fn("mint", addr(3)));
    call(0, erc721, fn("mint", addr(3)));
    transfers.add(new Expected(erc721, 721, ZERO, account(3), BigInteger.ZERO, BigInteger.ONE));
    transfers.add(new Expected(erc721, 721, ZERO, account(3), BigInteger.ONE, BigInteger.ONE));
    call(3, erc721, fn("transferFrom", addr(3), addr(4), uint(BigInteger.ZERO)));
    transfers.add(
        new Expected(erc721, 721, account(3), account(4), BigInteger.ZERO, BigInteger.ONE));
    call(
        0,
        erc1155,
        fn(
            "mint",
            addr(5),
            uint(BigInteger.valueOf(7)),
            uint(BigInteger.valueOf(100)),
            new DynamicBytes(new byte[0])));
    transfers.add(
        new Expected(
            erc1155, 1155, ZERO, account(5), BigInteger.valueOf(7), BigInteger.valueOf(100)));
    call(
        0,
        erc1155,
        fn(
            "mintBatch",
            addr(5),
            new DynamicArray<>(Uint256.class, uint(BigInteger.ONE), uint(BigInteger.TWO)),
            new DynamicArray<>(Uint256.class, uint(BigInteger.TEN), uint(BigInteger.valueOf(20))),
            new DynamicBytes(new byte[0])));
    transfers.add(new Expected(erc1155, 1155, ZERO, account(5), BigInteger.ONE, BigInteger.TEN));
    transfers.add(
        new Expected(erc1155, 1155, ZERO, account(5), BigInteger.TWO, BigInteger.valueOf(20)));
    call(
        5,
        erc1155,
        fn(
            "safeTransferFrom",
            addr(5),
            addr(6),
            uint(BigInteger.valueOf(7)),
            uint(BigInteger.valueOf(40)),
            new DynamicBytes(new byte[0])));
    transfers.add(
        new Expected(
            erc1155, 1155, account(5), account(6), BigInteger.valueOf(7), BigInteger.valueOf(40)));
    return this;
  }

  /** Mines {@code blocks} blocks of {@code perBlock} ETH transfers each among dev accounts. */
  public void ethTraffic(int blocks, int perBlock) {
    anvil.setAutomine(false);
    try {
      for (int b = 0; b < blocks; b++) {
        for (int i = 0; i < perBlock; i++) {
          int from = (b + i) % 10;
          int to = (b * 7 + i * 3 + 1) % 10;
          Map<String, Object> tx = new LinkedHashMap<>();
          tx.put("from", account(from));
          tx.put("to", to == from ? account((to + 1) % 10) : account(to));
          tx.put("value", "0x" + Long.toHexString(1_000_000L + b * 1000L + i));
          tx.put("gas", "0x5208");
          anvil.call("eth_sendTransaction", tx);
        }
        anvil.mine(1);
      }
    } finally {
      anvil.setAutomine(true);
    }
  }

  public void sendEth(int from, int to, BigInteger wei) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", account(from));
    tx.put("to", account(to));
    tx.put("value", "0x" + wei.toString(16));
    receipt(anvil.call("eth_sendTransaction", tx).asText());
  }

  /** Sends a contract call and checks it succeeded. */
  public String call(int from, String contract, String data) {
    String hash = send(from, contract, data, BigInteger.ZERO, 0);
    String status = receipt(hash).get("status").asText();
    if (!"0x1".equals(status)) {
      throw new IllegalStateException("call reverted: " + data.substring(0, 10));
    }
    return hash;
  }

  /** The receipt, waiting for anvil to mine the transaction. */
  public com.fasterxml.jackson.databind.JsonNode receipt(String hash) {
    for (int i = 0; i < 200; i++) {
      com.fasterxml.jackson.databind.JsonNode r = anvil.call("eth_getTransactionReceipt", hash);
      if (r != null && !r.isNull()) {
        return r;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("transaction " + hash + " was not mined");
  }

  public String send(int from, String to, String data, BigInteger value, long gas) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", account(from));
    tx.put("to", to);
    tx.put("data", data);
    tx.put("value", "0x" + value.toString(16));
    if (gas > 0) {
      tx.put("gas", "0x" + Long.toHexString(gas));
    }
    return anvil.call("eth_sendTransaction", tx).asText();
  }

  @SuppressWarnings("rawtypes")
  public static String fn(String name, Type... args) {
    return FunctionEncoder.encode(new Function(name, List.of(args), List.of()));
  }

  @SuppressWarnings("rawtypes")
  private static String ctor(Type... args) {
    return FunctionEncoder.encodeConstructor(List.of(args));
  }

  private Address addr(int i) {
    return new Address(account(i));
  }

  private static Uint256 uint(BigInteger v) {
    return new Uint256(v);
  }
}
