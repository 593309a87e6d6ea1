package io.abacus.app.payments;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.address.InvalidAddressException;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.send.SafetyException;
import io.abacus.wallet.token.NotAnErc20Exception;
import io.abacus.wallet.vault.VaultException;
import java.util.Locale;

/** Turns what went wrong into words for the user: what happened and what to do. */
public final class Failures {
  private Failures() {}

  /** A sentence for {@code error}; the technical detail follows in brackets when it helps. */
  public static String explain(Throwable error, I18n i18n) {
    Throwable e = unwrap(error);
    String detail = String.valueOf(e.getMessage());
    if (e instanceof NodeAccess.NoNodeException n) {
      return n.network()
          .map(net -> i18n.format("payments.error.noNodeUrl", net.name()))
          .orElse(i18n.get("payments.error.noNetwork"));
    }
    if (e instanceof VaultException v && v.reason() == VaultException.Reason.WRONG_PASSWORD) {
      return i18n.get("payments.error.wrongPassword");
    }
    if (e instanceof InvalidAddressException || e instanceof NotAnErc20Exception) {
      return detail;
    }
    if (e instanceof RpcException r) {
      return rpc(r, detail, i18n);
    }
    if (e instanceof SafetyException) {
      String lower = detail.toLowerCase(Locale.ROOT);
      if (lower.contains("insufficient")) {
        return i18n.format("payments.error.insufficient", detail);
      }
      if (lower.contains("chain id")) {
        return i18n.format("payments.error.wrongChain", detail);
      }
      return detail;
    }
    return i18n.format("payments.error.unexpected", detail);
  }

  private static String rpc(RpcException r, String detail, I18n i18n) {
    return switch (r.kind()) {
      case UNREACHABLE -> i18n.format("payments.error.nodeDown", detail);
      case TIMEOUT -> i18n.format("payments.error.nodeSlow", detail);
      case AUTH_REFUSED, HTTP_ERROR, MALFORMED_RESPONSE, BATCH_TOO_LARGE, CHAIN_MOVED ->
          i18n.format("payments.error.nodeBroken", detail);
      case WRONG_CHAIN -> i18n.format("payments.error.wrongChain", detail);
      case NODE_ERROR -> nodeError(detail, i18n);
    };
  }

  private static String nodeError(String detail, I18n i18n) {
    String lower = detail.toLowerCase(Locale.ROOT);
    if (lower.contains("insufficient funds")) {
      return i18n.format("payments.error.insufficient", detail);
    }
    if (lower.contains("revert")) {
      return i18n.format("payments.error.reverted", detail);
    }
    if (lower.contains("nonce")) {
      return i18n.format("payments.error.nonce", detail);
    }
    return i18n.format("payments.error.nodeRefused", detail);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while ((e instanceof java.util.concurrent.CompletionException
            || e instanceof java.io.UncheckedIOException
            || e instanceof java.util.concurrent.ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
