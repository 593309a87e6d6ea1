package io.abacus.app.invoices;

import io.abacus.app.payments.activity.ChainHistory;
import io.abacus.explorer.account.AccountHistory;
import io.abacus.explorer.account.ActivityItem;
import io.abacus.explorer.account.HistoryProgress;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.IncomingPayment;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceBook;
import io.abacus.wallet.invoice.Matching;
import io.abacus.wallet.rpc.JsonRpcClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Brings the invoices of one chain up to date: reads the pay-to addresses' incoming transfers from
 * the wallet's own account history ({@link AccountHistory}, the state file Activity and {@code
 * wallet activity} use, with its re-scan of the last blocks for reorganisations), saves them as the
 * chain's snapshot in the {@link InvoiceBook} and returns the new matching.
 *
 * <p>The snapshot replaces the previous one in a single atomic write and the matching is computed
 * from it from scratch, so a run killed at any point loses nothing and counts nothing twice.
 */
public final class InvoiceSync {
  private static final int BATCH = 50;

  private final Path dataDirectory;
  private final InvoiceBook book;

  /**
   * @param dataDirectory the data folder (for the account history's state file)
   * @param book the invoices
   */
  public InvoiceSync(Path dataDirectory, InvoiceBook book) {
    this.dataDirectory = dataDirectory;
    this.book = book;
  }

  /**
   * Reads new incoming payments and matches them.
   *
   * @param client the node, whose chain the caller checked
   * @param chainId its chain id
   * @param moreAccounts further addresses whose incoming money to list (the wallet's accounts)
   * @param confirmations blocks a payment needs before it counts
   * @param today for due dates
   * @param progress told after every scanned chunk
   * @param cancelled checked between chunks
   */
  public Matching sync(
      JsonRpcClient client,
      long chainId,
      Collection<Address> moreAccounts,
      int confirmations,
      LocalDate today,
      HistoryProgress progress,
      BooleanSupplier cancelled)
      throws IOException {
    List<Invoice> invoices = book.invoices().stream().filter(i -> i.chainId() == chainId).toList();
    Set<Address> watched = new LinkedHashSet<>();
    invoices.forEach(i -> watched.add(Address.parse(i.payTo())));
    watched.addAll(moreAccounts);
    OptionalLong from = invoices.stream().mapToLong(i -> i.createdBlock() + 1).min();
    long head = headOf(client);
    List<IncomingPayment> payments = new ArrayList<>();
    if (!watched.isEmpty()) {
      AccountHistory history =
          new AccountHistory(
              new BlockFetcher(client, BATCH),
              client,
              chainId,
              ChainHistory.stateFile(dataDirectory, chainId));
      for (ActivityItem i : history.sync(watched, from, progress, cancelled)) {
        if ("in".equals(i.direction()) && i.blockNumber() <= head) {
          payments.add(payment(i));
        }
      }
    }
    return book.saveSnapshot(
        chainId, new InvoiceBook.Snapshot(head, confirmations, payments), today);
  }

  private static long headOf(JsonRpcClient client) {
    return Quantities.parseHexLong(client.call("eth_blockNumber").asText(), "block number");
  }

  private static IncomingPayment payment(ActivityItem i) {
    return new IncomingPayment(
        i.key(),
        i.hash(),
        i.counterparty(),
        i.account(),
        i.asset(),
        i.amount(),
        i.blockNumber(),
        i.logIndex(),
        i.time());
  }
}
