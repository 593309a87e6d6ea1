package io.abacus.app.payouts;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A yes/no question a running payout asks the user (today: whether to re-plan a row whose nonce
 * another transaction used). The run's thread {@link #ask asks} and waits; the page shows {@link
 * #textProperty()} once told to {@link #show()} on the UI thread, and {@link #answer answers} it.
 * Stopping the run while it waits ends the wait (the worker thread is interrupted).
 */
final class PayoutQuestion {
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private volatile String asked;
  private volatile CompletableFuture<Boolean> answer;

  /**
   * Asks {@code question} and waits for the answer; on the run's thread. {@code notify} must make
   * the UI thread call {@link #show()}.
   *
   * @throws CancellationException when the run is stopped while waiting
   */
  boolean ask(String question, Runnable notify) {
    CompletableFuture<Boolean> pending = new CompletableFuture<>();
    answer = pending;
    asked = question;
    notify.run();
    try {
      return pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("stopped while asking");
    } catch (ExecutionException e) {
      throw new CancellationException("stopped while asking");
    } finally {
      asked = null;
      answer = null;
    }
  }

  /** Shows the question being asked, if any; on the UI thread. */
  void show() {
    String q = asked;
    if (q != null && answer != null) {
      text.set(q);
    }
  }

  /** Answers the question shown; on the UI thread. */
  void answer(boolean yes) {
    CompletableFuture<Boolean> pending = answer;
    text.set("");
    if (pending != null) {
      pending.complete(yes);
    }
  }

  /** Drops the question (the run ended while it was shown). */
  void clear() {
    text.set("");
  }

  /** The question waiting for an answer, empty when none. */
  ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }
}
