package io.abacus.wallet.send;

import io.abacus.testkit.Anvil;
import io.abacus.testkit.DevAccount;
import io.abacus.wallet.nonce.InMemoryPendingStore;
import io.abacus.wallet.nonce.NonceManager;
import io.abacus.wallet.nonce.PendingStore;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.signing.PrivateKeySigner;
import java.time.Duration;
import java.util.HexFormat;

/** The wallet's online parts wired against one anvil, as the app wires them. */
final class Wallet {
  final NodeClient node;
  final PendingStore pending = new InMemoryPendingStore();
  final NonceManager nonces;
  final PaymentPlanner planner;
  final Broadcaster broadcaster;
  final PaymentSender sender;

  Wallet(Anvil anvil, long configuredChainId) {
    node = new NodeClient(HttpJsonRpcTransport.of(anvil.rpcUrl()), RetryPolicy.standard());
    nonces = new NonceManager(node, pending);
    planner = new PaymentPlanner(node, nonces, configuredChainId, "Anvil");
    broadcaster = new Broadcaster(node, pending, d -> Thread.sleep(d.toMillis()));
    sender = new PaymentSender(node, planner, broadcaster);
  }

  static PrivateKeySigner signer(DevAccount account) {
    return PrivateKeySigner.of(HexFormat.of().parseHex(account.privateKeyHex().substring(2)));
  }

  static Duration seconds(int s) {
    return Duration.ofSeconds(s);
  }
}
