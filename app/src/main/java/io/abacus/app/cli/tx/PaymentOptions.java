package io.abacus.app.cli.tx;

import io.abacus.app.cli.UserException;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.send.Payment;
import io.abacus.wallet.send.PaymentPlanner;
import io.abacus.wallet.send.TransactionSummary;
import java.math.BigInteger;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * What to pay, shared by {@code tx build} and {@code tx send}. The chain id comes from the node
 * options ({@code --chain-id} or {@code --network}).
 */
final class PaymentOptions {
  @Option(
      names = "--network-name",
      paramLabel = "NAME",
      description = "Name shown in the summary (default: the saved network's, or 'chain ID').")
  String networkName;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "ADDRESS",
      description = "Recipient (EIP-55 checksum checked).")
  String to;

  @Option(
      names = "--amount",
      paramLabel = "DECIMAL",
      description = "Amount in ETH, or in whole tokens with --token.")
  String amount;

  @Option(
      names = "--value-wei",
      paramLabel = "WEI",
      description = "Amount in wei, or token base units with --token.")
  String valueWei;

  @Option(
      names = "--token",
      paramLabel = "ADDRESS",
      description = "ERC-20 contract to transfer instead of ETH.")
  String token;

  @Option(names = "--data", paramLabel = "HEX", description = "Calldata for an ETH transaction.")
  String data;

  @Option(
      names = "--speed",
      defaultValue = "normal",
      paramLabel = "slow|normal|fast",
      description = "Fee preset (default normal).")
  String speed;

  @Option(
      names = "--max-fee-gwei",
      paramLabel = "GWEI",
      description = "Custom EIP-1559 max fee per gas.")
  String maxFeeGwei;

  @Option(
      names = "--priority-fee-gwei",
      paramLabel = "GWEI",
      description = "Custom EIP-1559 priority fee per gas.")
  String priorityFeeGwei;

  @Option(
      names = "--gas-price-gwei",
      paramLabel = "GWEI",
      description = "Custom legacy gas price (0 on gas-free consortium chains).")
  String gasPriceGwei;

  @Option(
      names = "--gas-limit",
      paramLabel = "GAS",
      description = "Gas limit (default: estimate + margin).")
  String gasLimit;

  /** The name shown in the summary: {@code --network-name}, else what the node options say. */
  String networkName(String fromNodeOptions) {
    return networkName == null ? fromNodeOptions : networkName;
  }

  Payment payment(Address from, PaymentPlanner planner) {
    try {
      Address recipient = Address.parse(to);
      Optional<Address> tokenAddress = Optional.ofNullable(token).map(Address::parse);
      BigInteger units = units(tokenAddress, planner);
      HexBytes calldata = data == null ? HexBytes.EMPTY : HexBytes.parse(data);
      Optional<BigInteger> gas =
          Optional.ofNullable(gasLimit).map(g -> Quantities.parse(g, "--gas-limit"));
      return new Payment(
          from, recipient, tokenAddress, units, calldata, speed(), customFees(), gas);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  private BigInteger units(Optional<Address> tokenAddress, PaymentPlanner planner) {
    if ((amount == null) == (valueWei == null)) {
      throw new UserException("give exactly one of --amount and --value-wei");
    }
    if (valueWei != null) {
      return Quantities.parse(valueWei, "--value-wei");
    }
    if (tokenAddress.isEmpty()) {
      return Quantities.parseEther(amount);
    }
    TransactionSummary.Token info =
        planner
            .tokenInfo(tokenAddress.get())
            .orElseThrow(
                () ->
                    new UserException(
                        "token "
                            + tokenAddress.get()
                            + " does not report its decimals; use --value-wei with base units"));
    return Quantities.parseUnits(amount, info.decimals(), "--amount");
  }

  private Speed speed() {
    try {
      return Speed.valueOf(speed.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException("--speed must be slow, normal or fast, not '" + speed + "'");
    }
  }

  private Optional<Fees> customFees() {
    if (gasPriceGwei != null) {
      if (maxFeeGwei != null || priorityFeeGwei != null) {
        throw new UserException("--gas-price-gwei cannot be combined with EIP-1559 fee options");
      }
      return Optional.of(new Fees.Legacy(gwei(gasPriceGwei, "--gas-price-gwei")));
    }
    if ((maxFeeGwei == null) != (priorityFeeGwei == null)) {
      throw new UserException("give both --max-fee-gwei and --priority-fee-gwei");
    }
    if (maxFeeGwei == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Fees.Dynamic(
            gwei(maxFeeGwei, "--max-fee-gwei"), gwei(priorityFeeGwei, "--priority-fee-gwei")));
  }

  private static BigInteger gwei(String text, String what) {
    return Quantities.parseUnits(text, 9, what);
  }
}
