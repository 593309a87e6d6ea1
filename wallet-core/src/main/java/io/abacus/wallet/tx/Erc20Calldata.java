package io.abacus.wallet.tx;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/** ERC-20 calldata through Web3j's ABI encoder, and recognition of a transfer for summaries. */
public final class Erc20Calldata {
  private static final HexBytes TRANSFER_SELECTOR = HexBytes.parse("0xa9059cbb");

  /** A decoded {@code transfer(address,uint256)} call. */
  public record Transfer(Address recipient, BigInteger amount) {}

  private Erc20Calldata() {}

  /** {@code transfer(to, amount)}. */
  public static HexBytes transfer(Address to, BigInteger amount) {
    return encode("transfer", addr(to), new Uint256(amount));
  }

  /** {@code approve(spender, amount)}. */
  public static HexBytes approve(Address spender, BigInteger amount) {
    return encode("approve", addr(spender), new Uint256(amount));
  }

  /** {@code transferFrom(from, to, amount)}. */
  public static HexBytes transferFrom(Address from, Address to, BigInteger amount) {
    return encode("transferFrom", addr(from), addr(to), new Uint256(amount));
  }

  /** {@code balanceOf(owner)}, for {@code eth_call}. */
  public static HexBytes balanceOf(Address owner) {
    return encode("balanceOf", addr(owner));
  }

  /** Recognises {@code transfer(address,uint256)} calldata with canonical argument words. */
  public static Optional<Transfer> parseTransfer(HexBytes data) {
    byte[] b = data.toBytes();
    if (b.length != 68 || !HexBytes.of(Arrays.copyOf(b, 4)).equals(TRANSFER_SELECTOR)) {
      return Optional.empty();
    }
    for (int i = 4; i < 16; i++) {
      if (b[i] != 0) {
        return Optional.empty();
      }
    }
    Address to = Address.of(Arrays.copyOfRange(b, 16, 36));
    return Optional.of(new Transfer(to, new BigInteger(1, Arrays.copyOfRange(b, 36, 68))));
  }

  private static org.web3j.abi.datatypes.Address addr(Address a) {
    return new org.web3j.abi.datatypes.Address(a.toLowerHex());
  }

  @SuppressWarnings("rawtypes")
  private static HexBytes encode(String name, Type... args) {
    return HexBytes.parse(FunctionEncoder.encode(new Function(name, List.of(args), List.of())));
  }
}
