package io.abacus.app.payouts;

import io.abacus.app.payments.PaymentsContext;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.payout.MultiSendPlan;
import io.abacus.wallet.payout.MultiSendPlanner;
import io.abacus.wallet.payout.PayoutCsv;
import io.abacus.wallet.payout.PayoutJournal;
import io.abacus.wallet.payout.PayoutPlan;
import io.abacus.wallet.payout.PayoutPlanner;
import io.abacus.wallet.payout.PayoutRow;
import io.abacus.wallet.payout.PayoutRunner;
import io.abacus.wallet.payout.PayoutValidator;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.storage.InputLimits;
import io.abacus.wallet.token.Erc20Reader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Checking an imported payout CSV, as {@code payout plan} does: read it, check every row, plan the
 * totals and fee, and find an earlier run of the same file (its default journal) by this account.
 */
final class PayoutCheck {
  private PayoutCheck() {}

  /**
   * What checking a file found: its bytes, rows, plan, the multi-send's price (empty when no
   * contract is known) and an earlier run of it (or null).
   */
  record Checked(
      Path file,
      byte[] csv,
      List<PayoutRow> rows,
      PayoutPlan plan,
      Optional<MultiSendPlan> multiSend,
      PayoutJournal journal) {}

  /** Reads {@code csvFile} and checks and plans it paid from {@code from}; blocking. */
  static Checked check(
      PaymentsContext ctx,
      Path dataDirectory,
      PayoutRunner.Options options,
      Path csvFile,
      Address from,
      MultiSendContracts contracts)
      throws IOException {
    byte[] csv = InputLimits.read(csvFile, "the CSV file", InputLimits.CSV_IMPORT);
    List<PayoutRow> rows = PayoutCsv.read(csv);
    Network network = ctx.node().network();
    NodeClient client = ctx.node().client();
    RegistryLookups lookups =
        new RegistryLookups(network, ctx.tokens(), new Erc20Reader(client), ctx.addressBook());
    PayoutValidator.Result result = new PayoutValidator(lookups).check(rows);
    PayoutPlan plan = new PayoutPlanner(client).plan(rows.size(), result, from, options.speed());
    Optional<MultiSendPlan> multiSend =
        contracts
            .contractOn(network)
            .map(c -> new MultiSendPlanner(client).plan(plan, from, c, options.speed()));
    PayoutJournal earlier =
        PayoutJournal.open(PayoutJournal.defaultFile(dataDirectory, csv))
            .filter(j -> j.from().equals(from) && j.chainId() == network.chainId())
            .orElse(null);
    return new Checked(csvFile, csv, rows, plan, multiSend, earlier);
  }
}
