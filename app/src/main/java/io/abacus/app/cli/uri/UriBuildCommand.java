package io.abacus.app.cli.uri;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.uri.PaymentRequest;
import io.abacus.wallet.uri.PaymentUri;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code uri build}: an ethereum: URI for getting paid. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Build an ethereum: payment URI to get paid.")
public final class UriBuildCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--to", required = true, paramLabel = "ADDRESS", description = "Who gets paid.")
  String to;

  @Option(names = "--token", paramLabel = "ADDRESS", description = "ERC-20 contract (else ETH).")
  String token;

  @Option(
      names = "--amount",
      paramLabel = "DECIMAL",
      description = "Amount in ETH, or in whole tokens with --decimals.")
  String amount;

  @Option(
      names = "--decimals",
      paramLabel = "N",
      description = "The token's decimals, for --amount with --token.")
  Integer decimals;

  @Option(names = "--units", paramLabel = "N", description = "Amount in wei or token base units.")
  String units;

  @Option(
      names = "--chain-id",
      paramLabel = "ID",
      description = "The chain to pay on (a positive whole number).")
  String chainId;

  public UriBuildCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try {
      Address recipient = Address.parse(to);
      Optional<BigInteger> value = amount();
      OptionalLong chain =
          chainId == null ? OptionalLong.empty() : OptionalLong.of(chainId(chainId));
      PaymentRequest r =
          token == null
              ? new PaymentRequest.Ether(
                  recipient, chain, value, Optional.empty(), Optional.empty())
              : new PaymentRequest.Token(
                  Address.parse(token),
                  recipient,
                  chain,
                  value,
                  Optional.empty(),
                  Optional.empty());
      context.out().println(PaymentUri.build(r));
      return 0;
    } catch (UserException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  private static long chainId(String text) {
    if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) == 0) {
      throw new UserException(
          "--chain-id must be a positive whole number of at most 18 digits, not '"
              + (text.length() > 20 ? text.substring(0, 20) + "..." : text)
              + "'");
    }
    return Long.parseLong(text);
  }

  private Optional<BigInteger> amount() {
    if (decimals != null && token == null) {
      throw new UserException("--decimals applies only with --token (ETH always has 18)");
    }
    if (amount != null && units != null) {
      throw new UserException("give --amount or --units, not both");
    }
    if (units != null) {
      return Optional.of(Quantities.parse(units, "--units"));
    }
    if (amount == null) {
      return Optional.empty();
    }
    if (token == null) {
      return Optional.of(Quantities.parseEther(amount));
    }
    if (decimals == null) {
      throw new UserException("--amount with --token needs --decimals (or use --units)");
    }
    return Optional.of(Quantities.parseUnits(amount, decimals, "--amount"));
  }
}
