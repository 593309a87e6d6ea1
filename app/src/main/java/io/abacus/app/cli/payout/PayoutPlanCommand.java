package io.abacus.app.cli.payout;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.payout.MultiSendPlan;
import io.abacus.wallet.payout.PayoutPlan;
import io.abacus.wallet.payout.PayoutPlanner;
import io.abacus.wallet.payout.PayoutRow;
import io.abacus.wallet.payout.PayoutValidator;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.vault.Wallet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code payout plan}: checks every row, totals per asset, the fee; exit 1 on an invalid row. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description =
        "Check a payout CSV before anything is signed: per-row errors, warnings, totals per asset"
            + " against the balances, and the fee of all rows. Exit 1 when a row is invalid.")
public final class PayoutPlanCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin PayoutInput input = new PayoutInput();

  @Option(
      names = "--speed",
      defaultValue = "normal",
      paramLabel = "slow|normal|fast",
      description = "Fee preset (default normal).")
  String speed;

  public PayoutPlanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Address from;
    try (Wallet wallet = input.openWallet(context)) {
      from = input.pick(wallet).address();
    }
    io.abacus.wallet.fees.Speed preset = PayoutInput.speed(speed);
    PayoutPlan plan = plan(input, input.rows(input.csvBytes()), from, preset);
    Optional<MultiSendPlan> multiSend = input.multiSend(plan, from, preset, context.env());
    PayoutReport report = new PayoutReport(input.network());
    if (input.json) {
      JsonOutput.print(context.out(), report.json(plan, multiSend));
    } else {
      report.lines(plan, multiSend, input.multiSend).forEach(context.out()::println);
    }
    return plan.errors().isEmpty() ? 0 : 1;
  }

  /** Checks and plans {@code rows} paid from {@code from}; shared with {@code payout run}. */
  static PayoutPlan plan(
      PayoutInput input, List<PayoutRow> rows, Address from, io.abacus.wallet.fees.Speed speed) {
    Network network = input.network();
    NodeClient client = input.node.client();
    try {
      PayoutValidator.Result checked =
          new PayoutValidator(input.lookups(network, client)).check(rows);
      return new PayoutPlanner(client).plan(rows.size(), checked, from, speed);
    } catch (RpcException e) {
      throw new UserException(e.getMessage(), e);
    }
  }
}
