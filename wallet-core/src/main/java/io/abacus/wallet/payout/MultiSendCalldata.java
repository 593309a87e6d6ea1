package io.abacus.wallet.payout;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Calldata of the multi-send contract ({@code resources/contracts/MultiSend.sol}, Disperse's
 * interface): one transaction paying many recipients, ETH with {@code disperseEther} (value = the
 * exact sum) or a token with {@code disperseToken} (moved with {@code transferFrom} from the
 * sender, who approved the contract first).
 */
public final class MultiSendCalldata {
  private MultiSendCalldata() {}

  /** {@code disperseEther(address[] recipients, uint256[] values)}. */
  public static HexBytes disperseEther(List<Address> recipients, List<BigInteger> values) {
    return encode("disperseEther", addresses(recipients, values), amounts(values));
  }

  /** {@code disperseToken(address token, address[] recipients, uint256[] values)}. */
  public static HexBytes disperseToken(
      Address token, List<Address> recipients, List<BigInteger> values) {
    return encode("disperseToken", address(token), addresses(recipients, values), amounts(values));
  }

  /** {@code allowance(address owner, address spender)} of an ERC-20 token. */
  public static HexBytes allowance(Address owner, Address spender) {
    return encode("allowance", address(owner), address(spender));
  }

  private static DynamicArray<org.web3j.abi.datatypes.Address> addresses(
      List<Address> recipients, List<BigInteger> values) {
    if (recipients.size() != values.size() || recipients.isEmpty()) {
      throw new IllegalArgumentException(
          "a multi-send needs as many values as recipients, and at least one");
    }
    return new DynamicArray<>(
        org.web3j.abi.datatypes.Address.class,
        recipients.stream().map(MultiSendCalldata::address).toList());
  }

  private static DynamicArray<Uint256> amounts(List<BigInteger> values) {
    return new DynamicArray<>(Uint256.class, values.stream().map(Uint256::new).toList());
  }

  private static org.web3j.abi.datatypes.Address address(Address a) {
    return new org.web3j.abi.datatypes.Address(a.toLowerHex());
  }

  @SuppressWarnings("rawtypes")
  private static HexBytes encode(String name, Type... args) {
    return HexBytes.parse(FunctionEncoder.encode(new Function(name, List.of(args), List.of())));
  }
}
