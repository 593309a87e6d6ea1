package io.abacus.app.cli.payout;

import picocli.CommandLine.Command;

/** {@code abacus payout ...}: pay many recipients from a CSV, resumable after a crash. */
@Command(
    name = "payout",
    mixinStandardHelpOptions = true,
    description = {
      "Pay many recipients at once from a CSV (to,amount,asset[,reference]).",
      "'plan' checks every row and shows totals and fees; 'run' pays and resumes after a crash;",
      "'speedup' and 'cancel' replace a stuck row, recorded in the journal."
    },
    subcommands = {
      PayoutPlanCommand.class,
      PayoutRunCommand.class,
      PayoutStatusCommand.class,
      PayoutExportCommand.class,
      PayoutSpeedUpCommand.class,
      PayoutCancelCommand.class
    })
public final class PayoutCommand {}
