package io.abacus.wallet.token;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.rpc.JsonCursor;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.tx.Erc20Calldata;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads ERC-20 contracts through a node: name, symbol (also the {@code bytes32} symbols of old
 * tokens such as MKR), decimals and balances. The limits are those of {@link Token}.
 */
public final class Erc20Reader {
  private static final HexBytes NAME = HexBytes.parse("0x06fdde03");
  private static final HexBytes SYMBOL = HexBytes.parse("0x95d89b41");
  private static final HexBytes DECIMALS = HexBytes.parse("0x313ce567");
  private final NodeClient node;

  /**
   * @param node the node to call (its chain id already checked by the caller)
   */
  public Erc20Reader(NodeClient node) {
    this.node = node;
  }

  /**
   * The token at {@code contract}, read at the latest block; empty if it does not answer {@code
   * decimals} and {@code symbol} like an ERC-20 token. A missing {@code name} leaves it empty.
   *
   * @throws RpcException if the node fails (other than the call reverting)
   */
  public Optional<Token> describe(Address contract) {
    return token(
        contract, read(contract, DECIMALS), read(contract, SYMBOL), () -> read(contract, NAME));
  }

  /**
   * Like {@link #describe} for many contracts in one batch (three calls each); a contract that
   * reverts or answers nonsense maps to empty without failing the others.
   *
   * @throws RpcException if the node fails as a whole
   */
  public Map<Address, Optional<Token>> describeAll(List<Address> contracts) {
    List<JsonRpcClient.Call> calls = new ArrayList<>();
    for (Address contract : contracts) {
      for (HexBytes selector : List.of(DECIMALS, SYMBOL, NAME)) {
        calls.add(node.ethCall(new CallRequest(null, contract, null, selector), "latest"));
      }
    }
    List<JsonRpcClient.Answer<String>> answers =
        node.json().batchEach(calls, JsonCursor::stringOrNull);
    Map<Address, Optional<Token>> tokens = new LinkedHashMap<>();
    for (int i = 0; i < contracts.size(); i++) {
      Optional<byte[]> name = bytes(answers.get(3 * i + 2));
      tokens.put(
          contracts.get(i),
          token(
              contracts.get(i),
              bytes(answers.get(3 * i)),
              bytes(answers.get(3 * i + 1)),
              () -> name));
    }
    return tokens;
  }

  private static Optional<byte[]> bytes(JsonRpcClient.Answer<String> answer) {
    if (answer.failed() || answer.result() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(HexBytes.parse(answer.result()).toBytes());
    } catch (IllegalArgumentException notHex) {
      return Optional.empty();
    }
  }

  private static Optional<Token> token(
      Address contract,
      Optional<byte[]> decimals,
      Optional<byte[]> symbol,
      Supplier<Optional<byte[]>> nameData) {
    if (decimals.isEmpty() || symbol.isEmpty() || decimals.get().length < 32) {
      return Optional.empty();
    }
    BigInteger places = new BigInteger(1, Arrays.copyOf(decimals.get(), 32));
    if (places.compareTo(BigInteger.valueOf(Token.MAX_DECIMALS)) > 0) {
      return Optional.empty();
    }
    Optional<String> sym = decodeText(symbol.get());
    if (sym.isEmpty()) {
      return Optional.empty();
    }
    String name = nameData.get().flatMap(Erc20Reader::decodeText).orElse("");
    return Optional.of(new Token(contract, sym.get(), name, places.intValue()));
  }

  /**
   * The balance of {@code owner} in base units at {@code block}.
   *
   * @throws NotAnErc20Exception if the contract does not answer {@code balanceOf} with a number
   * @throws RpcException if the node fails
   */
  public BigInteger balance(Address token, Address owner, String block) {
    byte[] word;
    try {
      word =
          node.call(new CallRequest(null, token, null, Erc20Calldata.balanceOf(owner)), block)
              .toBytes();
    } catch (RpcException e) {
      if (e.kind() == RpcException.Kind.NODE_ERROR) {
        throw new NotAnErc20Exception(token, "balanceOf failed");
      }
      throw e;
    }
    if (word.length < 32) {
      throw new NotAnErc20Exception(token, "no balanceOf");
    }
    return new BigInteger(1, Arrays.copyOf(word, 32));
  }

  private Optional<byte[]> read(Address contract, HexBytes selector) {
    try {
      return Optional.of(
          node.call(new CallRequest(null, contract, null, selector), "latest").toBytes());
    } catch (RpcException e) {
      if (e.kind() == RpcException.Kind.NODE_ERROR) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * An ABI {@code string}, or a {@code bytes32} as some old tokens return; empty if neither.
   * Control characters are dropped; the {@link Token} cuts it to its limit.
   */
  static Optional<String> decodeText(byte[] data) {
    if (data.length == 32) {
      int end = 0;
      while (end < 32 && data[end] != 0) {
        end++;
      }
      return Optional.of(new String(data, 0, end, StandardCharsets.UTF_8));
    }
    if (data.length < 64) {
      return Optional.empty();
    }
    BigInteger offset = new BigInteger(1, Arrays.copyOfRange(data, 0, 32));
    if (offset.compareTo(BigInteger.valueOf(data.length - 32L)) > 0) {
      return Optional.empty();
    }
    int at = offset.intValue();
    BigInteger length = new BigInteger(1, Arrays.copyOfRange(data, at, at + 32));
    if (length.compareTo(BigInteger.valueOf(data.length - at - 32L)) > 0) {
      return Optional.empty();
    }
    return Optional.of(new String(data, at + 32, length.intValue(), StandardCharsets.UTF_8));
  }
}
