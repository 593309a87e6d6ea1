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
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.send.Payment;
import io.abacus.wallet.send.PaymentPlanner;
import io.abacus.wallet.send.TransactionSummary;
import io.abacus.wallet.send.TxStatus;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.tx.SignedTransaction;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
  private final SendPayer payer;
  private final ReviewState reviewed;
  private final SentState sent;
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private PaymentPlanner.Plan plan;
  private Asset plannedAsset;
  private TaskHandle running;

  /** A Send page without a way into the explorer (it offers no "Open in explorer"). */
  public SendViewModel(PaymentsContext ctx, I18n i18n) {
    this(ctx, i18n, Optional.empty());
  }

  /**
   * @param explorer opens the explorer at a transaction (its 0x hash), if the app has one
   */
  public SendViewModel(PaymentsContext ctx, I18n i18n, Optional<Consumer<String>> explorer) {
    this.ctx = ctx;
    this.i18n = i18n;
    this.form = new SendForm(i18n, ctx.addressBook());
    this.quotes = new FeeQuotes(ctx, i18n, form);
    this.payer = new SendPayer(ctx, i18n, form.assets);
    this.reviewed = new ReviewState(i18n);
    this.sent = new SentState(i18n, explorer);
    new PastedRequest(form, quotes, ctx.node(), i18n).listen();
    // What was reviewed is for one account: another payer goes back to the form.
    payer.payerProperty().addListener((o, a, b) -> leaveReview());
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

  /** The paying account and its balances. */
  public SendPayer payer() {
    return payer;
  }

  /** The transaction sent: hash, confirmations, explorer link. */
  public SentState sent() {
    return sent;
  }

  /** What the review shows. */
  public ReviewState reviewed() {
    return reviewed;
  }

  public ObjectProperty<TransactionSummary> summaryProperty() {
    return reviewed.summaryProperty();
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
    return sent.hashProperty();
  }

  /** The most the payment can cost in all, for the review. */
  public StringProperty totalProperty() {
    return reviewed.totalProperty();
  }

  public LongProperty confirmationsProperty() {
    return sent.confirmationsProperty();
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
    List<Account> own = List.copyOf(payer.accounts());
    message.set(i18n.get("send.checking"));
    run(
        BackgroundTask.of(c -> ReviewChecks.planAndCheck(ctx, payment.get(), own))
            .onSuccess(
                p -> {
                  plan = p.plan();
                  plannedAsset = asset;
                  reviewed.show(p.plan().summary(), p.warnings());
                  message.set("");
                  stage.set(SendStage.REVIEW);
                }));
  }

  private void leaveReview() {
    if (stage.get() == SendStage.REVIEW) {
      edit();
    }
  }

  /** Back from the review to the form, nothing signed. */
  public void edit() {
    plan = null;
    reviewed.clear();
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
    sent.hashProperty().set(signed.hash().toHex());
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
            .onProgress(p -> sent.confirmationsProperty().set(Long.parseLong(p.message())))
            .onSuccess(this::finished)
            .onCancelled(() -> message.set(i18n.get("send.followStopped"))));
  }

  private void finished(TxStatus status) {
    if (status instanceof TxStatus.Mined m) {
      ctx.session().balancesChanged(); // the fee is spent even when the call reverted
      sent.confirmationsProperty().set(m.confirmations().longValue());
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
    reviewed.clear();
    sent.clear();
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
    return Optional.ofNullable(payer.payerProperty().get());
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
}
