package io.abacus.app.payments.send;

import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.payments.store.SentRecord;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.NodeClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The review's warnings about a recipient: paying yourself, a first-time recipient, a contract that
 * is not a token. Reads the sent journal, the address book, the token registry and the node
 * (blocking: run it in a background task).
 */
final class ReviewChecks {
  private ReviewChecks() {}

  /**
   * The warnings for paying {@code to} from one of {@code own} on {@code network}.
   *
   * @param own the wallet's accounts (paying one of them is paying yourself)
   */
  static List<ReviewWarning> check(
      PaymentsContext ctx, NodeClient node, Network network, List<Account> own, Address to)
      throws IOException {
    List<ReviewWarning> out = new ArrayList<>();
    if (own.stream().anyMatch(a -> a.address().equals(to))) {
      out.add(ReviewWarning.SELF);
    } else if (ctx.addressBook().label(to).isEmpty() && !paidBefore(ctx, network, own, to)) {
      out.add(ReviewWarning.FIRST_TIME);
    }
    if (isContract(node, to) && ctx.tokens().find(network, to).isEmpty()) {
      out.add(ReviewWarning.CONTRACT);
    }
    return out;
  }

  /** True if any of the wallet's accounts sent {@code to} a payment on this network. */
  private static boolean paidBefore(
      PaymentsContext ctx, Network network, List<Account> own, Address to) throws IOException {
    for (Account a : own) {
      for (SentRecord r : ctx.journal().of(a.address().toString(), network.chainId())) {
        if (r.to() != null && r.to().equalsIgnoreCase(to.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isContract(NodeClient node, Address a) {
    String code = node.json().call("eth_getCode", a.toLowerHex(), "latest").asText();
    return !code.isEmpty() && !"0x".equals(code);
  }
}
