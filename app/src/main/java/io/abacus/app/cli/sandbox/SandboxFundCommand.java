package io.abacus.app.cli.sandbox;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.sandbox.Sandbox;
import io.abacus.app.sandbox.TestUsd;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "fund",
    mixinStandardHelpOptions = true,
    description = "Gives an account test ETH (or Test USD with --token TUSD); test money only.")
public final class SandboxFundCommand implements Callable<Integer> {
  @ParentCommand SandboxCommand parent;

  @Parameters(index = "0", paramLabel = "ADDR", description = "The account (0x..., EIP-55).")
  String address;

  @Parameters(index = "1", paramLabel = "AMOUNT", description = "How much, e.g. 10 or 0.5.")
  String amount;

  @Option(
      names = "--token",
      paramLabel = "SYMBOL",
      description = "ETH (default) or TUSD.",
      defaultValue = "ETH")
  String token;

  private final CliContext context;

  public SandboxFundCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Address account;
    try {
      account = Address.parse(address);
    } catch (InvalidAddressException e) {
      throw new UserException(e.getMessage(), e);
    }
    BigDecimal value = parseAmount(amount);
    String symbol = token.toUpperCase(Locale.ROOT);
    return SandboxCommand.run(
        () -> {
          Sandbox sandbox = parent.sandbox();
          if (symbol.equals("ETH")) {
            BigInteger wei = sandbox.fund(account, value);
            context
                .out()
                .printf(
                    Locale.ROOT,
                    "Funded %s with %s test ETH; balance %s ETH%n",
                    account,
                    value.toPlainString(),
                    new BigDecimal(wei, 18).stripTrailingZeros().toPlainString());
          } else if (symbol.equals(TestUsd.SYMBOL)) {
            BigInteger units = sandbox.fundTestUsd(account, value);
            context
                .out()
                .printf(
                    Locale.ROOT,
                    "Minted %s TUSD (test money) to %s; balance %s TUSD%n",
                    value.toPlainString(),
                    account,
                    new BigDecimal(units, TestUsd.DECIMALS).toPlainString());
          } else {
            throw new UserException("--token must be ETH or TUSD, not " + token);
          }
          return 0;
        });
  }

  private static BigDecimal parseAmount(String text) {
    if (!text.strip().matches("\\d+(\\.\\d+)?")) {
      throw new UserException(
          "AMOUNT must be a plain positive number like 10 or 0.5, not '" + text + "'");
    }
    return new BigDecimal(text.strip());
  }
}
