package io.abacus.app.cli.tx;

import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.wallet.nonce.FilePendingStore;
import io.abacus.wallet.nonce.NonceManager;
import io.abacus.wallet.nonce.PendingStore;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.send.Broadcaster;
import io.abacus.wallet.send.PaymentPlanner;
import io.abacus.wallet.send.PaymentSender;
import io.abacus.wallet.send.Replacer;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** The online wallet parts for one command run, against the node the user named. */
final class OnlineWallet {
  final NodeClient node;
  final PendingStore pending;
  final Broadcaster broadcaster;
  private final NodeOptions options;

  OnlineWallet(NodeOptions options, CommandSpec spec) {
    this.options = options;
    this.node = options.client();
    Path data = ((RootOptions) spec.root().userObject()).dataDirectory();
    this.pending =
        new FilePendingStore(data.resolve("wallet").resolve("pending-transactions.json"));
    this.broadcaster = new Broadcaster(node, pending, d -> Thread.sleep(d.toMillis()));
  }

  /** A planner for the chain the node options name ({@code --chain-id} or {@code --network}). */
  PaymentPlanner planner(PaymentOptions payment) {
    return planner(options.requireChainId(), payment.networkName(options.networkName()));
  }

  PaymentSender sender(PaymentOptions payment) {
    return new PaymentSender(node, planner(payment), broadcaster);
  }

  /** A replacer on the configured chain, or on the node's own when none was configured. */
  Replacer replacer() {
    long chainId = options.chainId().orElseGet(node::chainId);
    String name = options.chainId().isPresent() ? options.networkName() : "chain " + chainId;
    PaymentSender sender = new PaymentSender(node, planner(chainId, name), broadcaster);
    return new Replacer(node, pending, sender, broadcaster);
  }

  private PaymentPlanner planner(long chainId, String networkName) {
    return new PaymentPlanner(node, new NonceManager(node, pending), chainId, networkName);
  }

  /** This wallet's pending entries for {@code hash}, on the node's chain. */
  java.util.List<io.abacus.wallet.nonce.PendingTransaction> pendingByHash(
      io.abacus.wallet.encoding.HexBytes hash) {
    return pending.all().stream().filter(p -> p.hash().equals(hash)).toList();
  }
}
