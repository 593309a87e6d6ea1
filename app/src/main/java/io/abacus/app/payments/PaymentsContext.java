package io.abacus.app.payments;

import io.abacus.app.payments.activity.HistorySource;
import io.abacus.app.payments.store.RequestStore;
import io.abacus.app.payments.store.SentJournal;
import io.abacus.app.payments.store.TxNotes;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.token.TokenRegistry;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the payment screens share: the node, the wallet session, the stores in the data folder and
 * the executor for background work.
 *
 * @param tokens the token registry shared with the other screens
 * @param history received and indexed transactions of an account
 * @param followTimeout how long the Send page follows a broadcast transaction before it leaves it
 *     to the Activity page
 */
public record PaymentsContext(
    NodeAccess node,
    WalletSession session,
    AddressBook addressBook,
    TaskExecutor executor,
    SentJournal journal,
    TxNotes notes,
    RequestStore requests,
    TokenRegistry tokens,
    HistorySource history,
    Duration followTimeout) {

  /** The stores of {@code dataDirectory}, with the standard timeouts. */
  public static PaymentsContext inDataDirectory(
      Path dataDirectory,
      NodeAccess node,
      WalletSession session,
      AddressBook addressBook,
      TaskExecutor executor,
      TokenRegistry tokens,
      HistorySource history) {
    return new PaymentsContext(
        node,
        session,
        addressBook,
        executor,
        SentJournal.inDataDirectory(dataDirectory),
        TxNotes.inDataDirectory(dataDirectory),
        RequestStore.inDataDirectory(dataDirectory),
        tokens,
        history,
        Duration.ofMinutes(5));
  }

  public PaymentsContext withFollowTimeout(Duration timeout) {
    return new PaymentsContext(
        node, session, addressBook, executor, journal, notes, requests, tokens, history, timeout);
  }
}
