package io.abacus.app.payments.send;

import io.abacus.app.payments.Asset;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.token.NotAnErc20Exception;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the paying account holds of each asset, read from the node (blocking). */
final class PayerBalances {
  private PayerBalances() {}

  /**
   * The balances of {@code account} at the pending block, per asset; an asset whose balance cannot
   * be read (not answering as a token) is left out.
   */
  static Map<Asset, BigInteger> read(NodeClient node, Address account, List<Asset> assets) {
    Map<Asset, BigInteger> out = new LinkedHashMap<>();
    Erc20Reader reader = new Erc20Reader(node);
    for (Asset a : assets) {
      if (a.isNative()) {
        out.put(a, node.balance(account, "pending"));
        continue;
      }
      try {
        out.put(a, reader.balance(a.token(), account, "pending"));
      } catch (NotAnErc20Exception | RpcException notAToken) {
        // Shown without a balance; the others still count.
      }
    }
    return out;
  }
}
