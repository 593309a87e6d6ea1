package io.abacus.app.accounts;

import io.abacus.app.accounts.NodeConnector.NodeProblem;
import io.abacus.app.i18n.I18n;
import io.abacus.app.settings.NetworkNames;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.Endpoints;

/** The Accounts screen's words for why balances could not be read. */
final class AccountsStatus {
  private AccountsStatus() {}

  /** The status line for {@code e}, met while reading from {@code net}'s node. */
  static String describe(Throwable e, Network net, I18n i18n) {
    String name = NetworkNames.display(net, i18n);
    if (e instanceof NodeProblem p) {
      return switch (p.kind()) {
        case NO_URL ->
            net.kind() == Network.Kind.SANDBOX
                ? i18n.get("accounts.status.sandboxStopped")
                : i18n.format("accounts.status.noUrl", name);
        case DOWN -> i18n.format("accounts.status.down", name, Endpoints.shown(net.rpcUrl()));
        case WRONG_CHAIN ->
            i18n.format("accounts.status.wrongChain", name, p.reportedChainId(), net.chainId());
      };
    }
    return i18n.format("accounts.status.failed", name, String.valueOf(e.getMessage()));
  }
}
