package io.abacus.app.payments.receive;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.payments.Failures;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.payments.store.SavedRequest;
import io.abacus.app.qr.QrCode;
import io.abacus.app.task.BackgroundTask;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.uri.PaymentRequest;
import io.abacus.wallet.uri.PaymentUri;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Receive page: the selected account's address as QR, and payment requests (EIP-681 URI and QR)
 * that are saved so they can be marked paid later.
 */
public final class ReceiveViewModel {
  private static final AtomicLong COUNTER = new AtomicLong();

  private final PaymentsContext ctx;
  private final I18n i18n;
  private final StringProperty address = new SimpleStringProperty("");
  private final ObjectProperty<QrCode> addressQr = new SimpleObjectProperty<>();
  private final ObservableList<Asset> assets = FXCollections.observableArrayList();
  private final ObjectProperty<Asset> asset = new SimpleObjectProperty<>();
  private final StringProperty amount = new SimpleStringProperty("");
  private final StringProperty memo = new SimpleStringProperty("");
  private final StringProperty amountError = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty requestUri = new SimpleStringProperty("");
  private final ObjectProperty<QrCode> requestQr = new SimpleObjectProperty<>();
  private final ObservableList<SavedRequest> requests = FXCollections.observableArrayList();

  public ReceiveViewModel(PaymentsContext ctx, I18n i18n) {
    this.ctx = ctx;
    this.i18n = i18n;
    ctx.session().selectedAccountProperty().addListener((o, a, b) -> load());
    ctx.node().onNetworkChange(this::load);
  }

  public StringProperty addressProperty() {
    return address;
  }

  public ObjectProperty<QrCode> addressQrProperty() {
    return addressQr;
  }

  public ObservableList<Asset> assets() {
    return assets;
  }

  public ObjectProperty<Asset> assetProperty() {
    return asset;
  }

  public StringProperty amountProperty() {
    return amount;
  }

  public StringProperty memoProperty() {
    return memo;
  }

  public StringProperty amountErrorProperty() {
    return amountError;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty requestUriProperty() {
    return requestUri;
  }

  public ObjectProperty<QrCode> requestQrProperty() {
    return requestQr;
  }

  public ObservableList<SavedRequest> requests() {
    return requests;
  }

  /** Shows the selected account and reads assets and saved requests. */
  public void load() {
    Optional<Account> account = selected();
    address.set(account.map(a -> a.address().toString()).orElse(""));
    addressQr.set(account.map(a -> QrCode.encode(a.address().toString())).orElse(null));
    requestUri.set("");
    requestQr.set(null);
    Optional<Network> network = ctx.node().selected();
    if (account.isEmpty() || network.isEmpty()) {
      requests.clear();
      return;
    }
    String owner = account.get().address().toString();
    long chainId = network.get().chainId();
    ctx.executor()
        .execute(
            BackgroundTask.of(
                    c -> {
                      List<Asset> list = Asset.allOf(network.get(), ctx.tokens());
                      List<SavedRequest> saved =
                          ctx.requests().all().stream()
                              .filter(r -> r.account().equals(owner) && r.chainId() == chainId)
                              .sorted(
                                  Comparator.comparingLong(SavedRequest::createdMillis).reversed())
                              .toList();
                      return new Loaded(list, saved);
                    })
                .onSuccess(
                    l -> {
                      assets.setAll(l.assets());
                      if (!assets.contains(asset.get())) {
                        asset.set(assets.get(0));
                      }
                      requests.setAll(l.requests());
                    })
                .onFailure(e -> error.set(Failures.explain(e, i18n))));
  }

  private record Loaded(List<Asset> assets, List<SavedRequest> requests) {}

  /** Builds the request's URI and QR and saves it; false with an error shown if invalid. */
  public boolean createRequest() {
    amountError.set("");
    error.set("");
    Optional<Account> account = selected();
    Optional<Network> network = ctx.node().selected();
    Asset a = asset.get();
    if (account.isEmpty() || network.isEmpty() || a == null) {
      error.set(i18n.get("receive.error.noAccount"));
      return false;
    }
    Optional<BigInteger> units;
    String text = amount.get() == null ? "" : amount.get().strip();
    try {
      units = text.isEmpty() ? Optional.empty() : Optional.of(a.parse(text));
    } catch (IllegalArgumentException e) {
      amountError.set(i18n.format("receive.error.amount", text, a.decimals()));
      return false;
    }
    OptionalLong chain = OptionalLong.of(network.get().chainId());
    PaymentRequest request =
        a.isNative()
            ? new PaymentRequest.Ether(
                account.get().address(), chain, units, Optional.empty(), Optional.empty())
            : new PaymentRequest.Token(
                a.token(),
                account.get().address(),
                chain,
                units,
                Optional.empty(),
                Optional.empty());
    String uri = PaymentUri.build(request);
    requestUri.set(uri);
    requestQr.set(QrCode.encode(uri));
    long now = System.currentTimeMillis();
    SavedRequest saved =
        new SavedRequest(
            now + "-" + COUNTER.incrementAndGet(),
            account.get().address().toString(),
            network.get().chainId(),
            a.symbol(),
            a.isNative() ? null : a.token().toString(),
            a.decimals(),
            units.map(BigInteger::toString).orElse(""),
            memo.get() == null ? "" : memo.get().strip(),
            uri,
            now,
            false);
    save(saved, () -> requests.add(0, saved));
    return true;
  }

  /** Marks a saved request paid or unpaid. */
  public void setPaid(SavedRequest request, boolean paid) {
    SavedRequest changed = request.withPaid(paid);
    save(
        changed,
        () -> {
          int at = requests.indexOf(request);
          if (at >= 0) {
            requests.set(at, changed);
          }
        });
  }

  /** Shows a saved request's URI and QR again. */
  public void show(SavedRequest request) {
    requestUri.set(request.uri());
    requestQr.set(QrCode.encode(request.uri()));
  }

  /** The request's amount for display, e.g. "25 TUSD", or "any amount". */
  public String describe(SavedRequest r) {
    String amountText =
        r.amount().isEmpty()
            ? i18n.get("receive.anyAmount")
            : new Asset(r.symbol(), null, r.decimals()).format(new BigInteger(r.amount()))
                + " "
                + r.symbol();
    return r.memo().isEmpty() ? amountText : amountText + " · " + r.memo();
  }

  private void save(SavedRequest request, Runnable then) {
    ctx.executor()
        .execute(
            BackgroundTask.ofRunnable(c -> ctx.requests().put(request))
                .onSuccess(v -> then.run())
                .onFailure(e -> error.set(Failures.explain(e, i18n))));
  }

  private Optional<Account> selected() {
    return Optional.ofNullable(ctx.session().selectedAccountProperty().get());
  }
}
