package io.abacus.app.cli.address;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.input.CliInput;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus address checksum ADDR}: prints the EIP-55 form or refuses a bad checksum. */
@Command(
    name = "checksum",
    description = "Print the EIP-55 checksummed form of an address.",
    mixinStandardHelpOptions = true)
public final class ChecksumCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(paramLabel = "ADDR", description = "0x followed by 40 hex digits.")
  String address;

  @Option(names = "--json", description = "Print {\"address\":...}.")
  boolean json;

  public ChecksumCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Address parsed;
    try {
      parsed = Address.parse(address);
    } catch (InvalidAddressException e) {
      throw new UserException(e.getMessage(), e);
    }
    if (json) {
      CliInput input = new CliInput(context);
      input.printJson(input.json().put("address", parsed.toString()));
    } else {
      context.out().println(parsed);
    }
    return 0;
  }
}
