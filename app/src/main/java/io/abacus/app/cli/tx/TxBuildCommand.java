package io.abacus.app.cli.tx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.send.PaymentPlanner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tx build}: online; writes an unsigned transaction file for offline signing. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description =
        "Plan a payment against the node (chain check, nonce, fees, gas, balance) and write an unsigned transaction file.")
public final class TxBuildCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;
  @Mixin NodeOptions node = new NodeOptions();
  @Mixin PaymentOptions payment = new PaymentOptions();

  @Option(
      names = "--from",
      required = true,
      paramLabel = "ADDRESS",
      description = "The paying account.")
  String from;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the unsigned transaction.")
  Path out;

  @Option(names = "--json", description = "Print the file's content as one JSON object.")
  boolean json;

  public TxBuildCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Address payer;
    try {
      payer = Address.parse(from);
    } catch (IllegalArgumentException e) {
      throw new UserException("--from: " + e.getMessage());
    }
    OnlineWallet wallet = new OnlineWallet(node, spec);
    PaymentPlanner planner = wallet.planner(payment);
    PaymentPlanner.Plan plan = planner.plan(payment.payment(payer, planner));
    ObjectNode file = TxFiles.unsigned(plan.transaction(), plan.summary());
    TxFiles.write(out, file);
    if (json) {
      JsonOutput.print(context.out(), file);
    } else {
      plan.summary().lines().forEach(context.out()::println);
      context
          .out()
          .println("unsigned transaction written to " + out + "; sign it with 'abacus tx sign'");
    }
    return 0;
  }
}
