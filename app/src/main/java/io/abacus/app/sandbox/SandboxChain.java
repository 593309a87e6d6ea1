package io.abacus.app.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.address.Address;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON-RPC operations on a running Sandbox node: balances, test money, the Test USD token. */
public final class SandboxChain {
  /** Dev account 0 of the test mnemonic: deploys and owns Test USD. */
  static final Address DEPLOYER = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

  static final BigInteger WEI_PER_ETH = BigInteger.TEN.pow(18);
  private static final BigInteger MAX_UINT256 =
      BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private final JsonRpc rpc;

  SandboxChain(JsonRpc rpc) {
    this.rpc = rpc;
  }

  /** Connects to the node at {@code rpcUrl}. */
  public static SandboxChain connect(String rpcUrl) {
    return connect(rpcUrl, Duration.ofSeconds(60));
  }

  /** Connects with a given per-request timeout. */
  public static SandboxChain connect(String rpcUrl, Duration timeout) {
    return new SandboxChain(new JsonRpc(rpcUrl, timeout));
  }

  JsonRpc rpc() {
    return rpc;
  }

  public long chainId() {
    return Abi.number(rpc.call("eth_chainId").asText()).longValueExact();
  }

  public long blockNumber() {
    return Abi.number(rpc.call("eth_blockNumber").asText()).longValueExact();
  }

  /** The balance in wei. */
  public BigInteger balance(Address account) {
    return Abi.number(rpc.call("eth_getBalance", account.toLowerHex(), "latest").asText());
  }

  /**
   * "Get test ETH": adds {@code eth} to the account's balance with {@code anvil_setBalance} (test
   * money, no transaction). Returns the new balance in wei.
   */
  public BigInteger fund(Address account, BigDecimal eth) {
    BigInteger wei = toBaseUnits(eth, 18, "ETH");
    BigInteger updated = balance(account).add(wei);
    if (updated.compareTo(MAX_UINT256) > 0) {
      throw new SandboxException("that balance would not fit in 256 bits; fund a smaller amount");
    }
    rpc.call("anvil_setBalance", account.toLowerHex(), Abi.quantity(updated));
    return updated;
  }

  /**
   * Mints {@code amount} Test USD to {@code account}; returns its new token balance in base units.
   */
  public BigInteger mintTestUsd(Address token, Address account, BigDecimal amount) {
    BigInteger units = toBaseUnits(amount, TestUsd.DECIMALS, TestUsd.SYMBOL);
    sendAndConfirm(
        DEPLOYER, token, Abi.call("mint(address,uint256)", account, units), "minting TUSD");
    return tokenBalance(token, account);
  }

  public BigInteger tokenBalance(Address token, Address account) {
    return Abi.number(ethCall(token, Abi.call("balanceOf(address)", account)));
  }

  String ethCall(Address to, String data) {
    Map<String, Object> call = new LinkedHashMap<>();
    call.put("to", to.toLowerHex());
    call.put("data", data);
    return rpc.call("eth_call", call, "latest").asText();
  }

  boolean hasCode(Address address) {
    String code = rpc.call("eth_getCode", address.toLowerHex(), "latest").asText();
    return code.length() > 2;
  }

  /** Deploys Test USD from the deployer account; returns its address. */
  Address deployTestUsd() {
    JsonNode receipt = sendAndConfirm(DEPLOYER, null, TestUsd.bytecode(), "deploying Test USD");
    return Address.parse(receipt.get("contractAddress").asText());
  }

  /** Deploys the multi-send contract from the deployer account; returns its address. */
  Address deployMultiSend() {
    JsonNode receipt =
        sendAndConfirm(
            DEPLOYER, null, MultiSendContract.bytecode(), "deploying the multi-send contract");
    return Address.parse(receipt.get("contractAddress").asText());
  }

  private JsonNode sendAndConfirm(Address from, Address to, String data, String what) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", from.toLowerHex());
    if (to != null) {
      tx.put("to", to.toLowerHex());
    }
    tx.put("data", data);
    tx.put("gas", Abi.quantity(3_000_000));
    String hash = rpc.call("eth_sendTransaction", tx).asText();
    JsonNode receipt = awaitReceipt(hash);
    if (receipt == null || receipt.isNull() || !"0x1".equals(receipt.path("status").asText())) {
      throw new SandboxException(what + " failed on the Sandbox (transaction " + hash + ")");
    }
    return receipt;
  }

  /**
   * Waits for the receipt. With automatic mining the node mines the transaction by itself (maybe a
   * moment after answering); without it (demo activity running) the transaction is mined here.
   */
  private JsonNode awaitReceipt(String hash) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    boolean automine = rpc.call("anvil_getAutomine").asBoolean(true);
    if (!automine) {
      rpc.call("anvil_mine", "0x1");
    }
    while (true) {
      JsonNode receipt = rpc.call("eth_getTransactionReceipt", hash);
      if ((receipt != null && !receipt.isNull()) || System.nanoTime() > deadline) {
        return receipt;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SandboxException("interrupted while waiting for transaction " + hash, e);
      }
    }
  }

  /** Converts a positive decimal amount to base units, rejecting more decimals than allowed. */
  static BigInteger toBaseUnits(BigDecimal amount, int decimals, String unit) {
    if (amount.signum() <= 0) {
      throw new SandboxException("the amount must be positive, not " + amount.toPlainString());
    }
    BigDecimal scaled = amount.movePointRight(decimals);
    if (scaled.stripTrailingZeros().scale() > 0) {
      throw new SandboxException(
          unit + " has " + decimals + " decimals; " + amount.toPlainString() + " has more");
    }
    BigInteger units = scaled.toBigIntegerExact();
    if (units.compareTo(MAX_UINT256) > 0) {
      throw new SandboxException(
          "the amount " + amount.toPlainString() + " " + unit + " is too large");
    }
    return units;
  }
}
