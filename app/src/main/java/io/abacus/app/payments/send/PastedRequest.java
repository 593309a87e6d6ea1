package io.abacus.app.payments.send;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.payments.NodeAccess;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.uri.PaymentRequest;
import io.abacus.wallet.uri.PaymentUri;
import java.util.Optional;

/**
 * An EIP-681 payment request pasted into the Send page's recipient field: fills in recipient, asset
 * and amount (adding the request's token if the network's list lacks it).
 */
final class PastedRequest {
  private final SendForm form;
  private final FeeQuotes quotes;
  private final NodeAccess node;
  private final I18n i18n;
  private PaymentRequest pendingRequest;

  PastedRequest(SendForm form, FeeQuotes quotes, NodeAccess node, I18n i18n) {
    this.form = form;
    this.quotes = quotes;
    this.node = node;
    this.i18n = i18n;
  }

  /** Starts watching the recipient field (and the asset, for an amount waiting on its token). */
  void listen() {
    form.recipient.addListener((o, a, b) -> pasted(b));
    form.asset.addListener((o, a, b) -> applyPendingAmount());
  }

  /** A pasted EIP-681 payment request fills in recipient, asset and amount. */
  private void pasted(String text) {
    if (text == null || !text.strip().regionMatches(true, 0, "ethereum:", 0, 9)) {
      return;
    }
    PaymentRequest request;
    try {
      request = PaymentUri.parse(text.strip());
    } catch (RuntimeException e) {
      form.recipientError.set(i18n.format("send.error.uri", e.getMessage()));
      return;
    }
    Optional<Network> network = node.selected();
    if (request.chainId().isPresent()
        && network.isPresent()
        && request.chainId().getAsLong() != network.get().chainId()) {
      form.recipientError.set(
          i18n.format(
              "send.error.uriChain", request.chainId().getAsLong(), network.get().chainId()));
      return;
    }
    pendingRequest = request;
    if (request instanceof PaymentRequest.Ether e) {
      form.recipient.set(e.to().toString());
      form.assets.stream().filter(Asset::isNative).findFirst().ifPresent(form.asset::set);
    } else if (request instanceof PaymentRequest.Token t) {
      form.recipient.set(t.recipient().toString());
      Optional<Asset> known =
          form.assets.stream().filter(a -> t.token().equals(a.token())).findFirst();
      if (known.isPresent()) {
        form.asset.set(known.get());
      } else {
        form.tokenAddress.set(t.token().toString());
        quotes.addToken();
      }
    }
    applyPendingAmount();
  }

  private void applyPendingAmount() {
    PaymentRequest r = pendingRequest;
    Asset asset = form.asset.get();
    if (r == null || asset == null) {
      return;
    }
    Optional<java.math.BigInteger> units = Optional.empty();
    if (r instanceof PaymentRequest.Ether e && asset.isNative()) {
      units = e.value();
    } else if (r instanceof PaymentRequest.Token t && t.token().equals(asset.token())) {
      units = t.amount();
    } else {
      return;
    }
    pendingRequest = null;
    units.ifPresent(u -> form.amount.set(asset.format(u)));
  }
}
