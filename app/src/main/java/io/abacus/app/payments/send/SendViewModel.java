package io.abacus.app.payments.send;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.payments.Failures;
import io.abacus.app.payments.Journal;
import io.abacus.app.payments.PasswordGate;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.Progress;
import io.abacus.app.task.TaskHandle;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.send.Payment;
import io.abacus.wallet.send.PaymentPlanner;
import io.abacus.wallet.send.TransactionSummary;
import io.abacus.wallet.send.TxStatus;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.tx.SignedTransaction;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Send page: form, review of exactly what will be signed, password, then the transaction
 * followed from pending to confirmed. Every node call and the password check run in background
 * tasks; the long ones can be cancelled.
 */
public final class SendViewModel {
  private final PaymentsContext ctx;
  private final I18n i18n;
  private final SendForm form;
  private final FeeQuotes quotes;
  private final ObjectProperty<SendStage> stage = new SimpleObjectProperty<>(SendStage.FORM);
  private final ObjectProperty<TransactionSummary> summary = new SimpleObjectProperty<>();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty txHash = new SimpleStringProperty("");
  private final LongProperty confirmations = new SimpleLongProperty();
  private final StringProperty total = new SimpleStringProperty("");
  private PaymentPlanner.Plan plan;
  private Asset plannedAsset;
  private TaskHandle running;

  public SendViewModel(PaymentsContext ctx, I18n i18n) {
    this.ctx = ctx;
    this.i18n = i18n;
    this.form = new SendForm(i18n, ctx.addressBook());
    this.quotes = new FeeQuotes(ctx, i18n, form);
    new PastedRequest(form, quotes, ctx.node(), i18n).listen();
    ctx.node()
        .onNetworkChange(
            () -> {
              if (stage.get() == SendStage.FORM) {
                load();
              }
            });
  }

  public SendForm form() {
    return form;
  }

  public FeeQuotes quotes() {
    return quotes;
  }

  public ObjectProperty<SendStage> stageProperty() {
    return stage;
  }

  public ObjectProperty<TransactionSummary> summaryProperty() {
    return summary;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty txHashProperty() {
    return txHash;
  }

  /** The most the payment can cost in all, for the review. */
  public StringProperty totalProperty() {
    return total;
  }

  public LongProperty confirmationsProperty() {
    return confirmations;
  }

  /** Reads the assets of the selected network and the fee presets. */
  public void load() {
    quotes.loadAssets();
    quotes.refresh();
  }

  /** Adds the token whose contract address is in the form's token field. */
  public void addToken() {
    quotes.addToken();
  }

  /** Fills in the largest amount the account can send (ETH: balance minus the max fee). */
  public void fillMax() {
    Optional<Account> from = selected();
    if (from.isEmpty()) {
      return;
    }
    run(quotes.maxTask(from.get().address()).onSuccess(max -> form.amount.set(max)));
  }

  /** Validates the form and plans the payment (chain id checked first), then shows the review. */
  public void review() {
    error.set("");
    Optional<Account> from = selected();
    if (from.isEmpty()) {
      error.set(i18n.get("send.error.noAccount"));
      return;
    }
    if (!from.get().canSign()) {
      error.set(i18n.get("send.error.watchOnly"));
      return;
    }
    Optional<Payment> payment = form.payment(from.get().address());
    if (payment.isEmpty()) {
      return;
    }
    Asset asset = form.asset.get();
    message.set(i18n.get("send.checking"));
    run(
        BackgroundTask.of(
                c -> {
                  NodeClient node = ctx.node().client();
                  Network n = ctx.node().network();
                  return ctx.node().planner(node, n).plan(payment.get());
                })
            .onSuccess(
                p -> {
                  plan = p;
                  plannedAsset = asset;
                  summary.set(p.summary());
                  total.set(SendTexts.total(p.summary(), i18n));
                  message.set("");
                  stage.set(SendStage.REVIEW);
                }));
  }

  /** Back from the review to the form, nothing signed. */
  public void edit() {
    plan = null;
    summary.set(null);
    error.set("");
    stage.set(SendStage.FORM);
  }

  /**
   * Checks {@code password} by re-opening the wallet, then signs the reviewed transaction and
   * broadcasts it. The password array is wiped in every case.
   */
  public void confirm(char[] password) {
    Optional<PasswordGate> gate = PasswordGate.take(ctx.session(), password);
    if (plan == null || gate.isEmpty()) {
      gate.ifPresent(PasswordGate::discard);
      error.set(i18n.get("send.error.noAccount"));
      return;
    }
    PaymentPlanner.Plan reviewed = plan;
    Asset asset = plannedAsset;
    error.set("");
    stage.set(SendStage.SENDING);
    message.set(i18n.get("send.signing"));
    run(
        BackgroundTask.of(
                c -> {
                  Signer signer = gate.get().verify();
                  c.checkCancelled();
                  NodeClient node = ctx.node().client();
                  SignedTransaction signed =
                      ctx.node()
                          .sender(node, ctx.node().network())
                          .signAndBroadcast(reviewed.transaction(), signer);
                  ctx.journal().record(Journal.payment(signed, reviewed.summary(), asset));
                  return signed;
                })
            .onSuccess(this::broadcast),
        e -> stage.set(SendStage.REVIEW));
  }

  private void broadcast(SignedTransaction signed) {
    txHash.set(signed.hash().toHex());
    stage.set(SendStage.PENDING);
    message.set(i18n.get("send.pending"));
    follow(signed);
  }

  private void follow(SignedTransaction signed) {
    run(
        BackgroundTask.of(
                c ->
                    Following.await(
                        ctx,
                        signed.hash(),
                        signed.from(),
                        signed.transaction().nonce(),
                        c,
                        n -> c.progress(new Progress(-1, Long.toString(n)))))
            .onProgress(p -> confirmations.set(Long.parseLong(p.message())))
            .onSuccess(this::finished)
            .onCancelled(() -> message.set(i18n.get("send.followStopped"))));
  }

  private void finished(TxStatus status) {
    if (status instanceof TxStatus.Mined m) {
      ctx.session().balancesChanged(); // the fee is spent even when the call reverted
      confirmations.set(m.confirmations().longValue());
    }
    SendTexts.Outcome o = SendTexts.outcome(status, i18n);
    o.stage().ifPresent(stage::set);
    message.set(o.message());
    o.error().ifPresent(error::set);
  }

  /** Starts over with an empty form. */
  public void newPayment() {
    form.clear();
    plan = null;
    summary.set(null);
    txHash.set("");
    confirmations.set(0);
    message.set("");
    error.set("");
    stage.set(SendStage.FORM);
    quotes.refresh();
  }

  /** Cancels the running check or follow (a broadcast transaction stays broadcast). */
  public void cancel() {
    if (running != null) {
      running.cancel();
    }
  }

  private Optional<Account> selected() {
    return Optional.ofNullable(ctx.session().selectedAccountProperty().get());
  }

  private <T> void run(BackgroundTask<T> task) {
    run(task, e -> {});
  }

  private <T> void run(BackgroundTask<T> task, Consumer<Throwable> alsoOnFailure) {
    busy.set(true);
    running =
        ctx.executor()
            .execute(
                task.onFailure(
                        e -> {
                          error.set(Failures.explain(e, i18n));
                          alsoOnFailure.accept(e);
                        })
                    .onFinished(
                        () -> {
                          busy.set(false);
                          if (stage.get() == SendStage.FORM || stage.get() == SendStage.REVIEW) {
                            message.set("");
                          }
                        }));
  }

  /** The address-book name of {@code address}, if any. */
  public Optional<String> labelOf(Address address) {
    return ctx.addressBook().label(address);
  }

  /** Address of the selected account, for the page heading. */
  public Optional<Address> fromAddress() {
    return selected().map(Account::address);
  }
}
