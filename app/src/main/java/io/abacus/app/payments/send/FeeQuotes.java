package io.abacus.app.payments.send;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.payments.Failures;
import io.abacus.app.payments.NodeAccess;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.task.BackgroundTask;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.fees.FeeOracle;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.fees.GasEstimator;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.send.PaymentPlanner;
import io.abacus.wallet.token.Erc20Reader;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The assets on offer and what each fee preset costs, read from the node in the background. Costs
 * are worst cases (max fee per gas times the gas limit) in the network's native unit.
 */
public final class FeeQuotes {
  /** Gas a token transfer usually needs, shown until a real estimate is possible. */
  static final BigInteger TOKEN_TRANSFER_GAS = BigInteger.valueOf(65_000);

  private final PaymentsContext ctx;
  private final I18n i18n;
  private final SendForm form;
  private final Map<FeeChoice, StringProperty> costs = new EnumMap<>(FeeChoice.class);
  private final StringProperty network = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private Map<Speed, Fees> presets = Map.of();

  FeeQuotes(PaymentsContext ctx, I18n i18n, SendForm form) {
    this.ctx = ctx;
    this.i18n = i18n;
    this.form = form;
    for (FeeChoice c : FeeChoice.values()) {
      costs.put(c, new SimpleStringProperty(""));
    }
  }

  /** The cost text of {@code choice}, e.g. "up to 0.000042 ETH". */
  public StringProperty cost(FeeChoice choice) {
    return costs.get(choice);
  }

  public StringProperty networkProperty() {
    return network;
  }

  public StringProperty errorProperty() {
    return error;
  }

  /** Native currency plus the known tokens of the selected network. */
  void loadAssets() {
    ctx.executor()
        .execute(
            BackgroundTask.of(
                    c -> {
                      Network n =
                          ctx.node()
                              .selected()
                              .orElseThrow(() -> new NodeAccess.NoNodeException(null));
                      return Asset.allOf(n, ctx.tokens());
                    })
                .onSuccess(
                    list -> {
                      Asset before = form.asset.get();
                      form.assets.setAll(list);
                      form.asset.set(list.contains(before) ? before : list.get(0));
                    })
                .onFailure(e -> error.set(Failures.explain(e, i18n))));
  }

  /**
   * Adds the ERC-20 token at the form's token address (its symbol and decimals read from the
   * contract) to the selected network's assets, and selects it.
   */
  void addToken() {
    form.tokenError.set("");
    Address token;
    try {
      token = Address.parse(form.tokenAddress.get().strip());
    } catch (IllegalArgumentException e) {
      form.tokenError.set(
          e instanceof io.abacus.wallet.address.InvalidAddressException bad
                  && bad.reason()
                      == io.abacus.wallet.address.InvalidAddressException.Reason.BAD_CHECKSUM
              ? i18n.get("send.error.checksum")
              : i18n.get("send.error.malformed"));
      return;
    }
    ctx.executor()
        .execute(
            BackgroundTask.of(
                    c -> {
                      NodeClient node = ctx.node().client();
                      Network n = ctx.node().network();
                      return ctx.tokens().addFromChain(n, node, token).map(Asset::of);
                    })
                .onSuccess(
                    info -> {
                      if (info.isEmpty()) {
                        form.tokenError.set(i18n.get("send.error.notToken"));
                        return;
                      }
                      form.assets.removeIf(a -> token.equals(a.token()));
                      form.assets.add(info.get());
                      form.asset.set(info.get());
                      form.tokenAddress.set("");
                    })
                .onFailure(e -> form.tokenError.set(Failures.explain(e, i18n))));
  }

  /** Re-reads the presets and shows their cost for the current asset. */
  void refresh() {
    Asset asset = form.asset.get();
    ctx.executor()
        .execute(
            BackgroundTask.of(
                    c -> {
                      NodeClient node = ctx.node().client();
                      Network n = ctx.node().network();
                      FeeOracle oracle = new FeeOracle(node);
                      Map<Speed, Fees> p = oracle.presets();
                      return new Quote(n, p, gasFor(asset));
                    })
                .onSuccess(this::show)
                .onFailure(e -> error.set(Failures.explain(e, i18n))));
  }

  private record Quote(Network network, Map<Speed, Fees> presets, BigInteger gas) {}

  private void show(Quote q) {
    error.set("");
    presets = q.presets();
    network.set(q.network().name() + " (chain id " + q.network().chainId() + ")");
    form.eip1559.set(q.presets().get(Speed.NORMAL) instanceof Fees.Dynamic);
    for (FeeChoice choice : FeeChoice.values()) {
      choice
          .speed()
          .ifPresent(
              s ->
                  costs
                      .get(choice)
                      .set(
                          i18n.format(
                              "send.fee.cost",
                              Quantities.format(
                                  q.presets().get(s).maxPerGas().multiply(q.gas()),
                                  q.network().decimals()),
                              q.network().currencySymbol(),
                              Quantities.format(q.presets().get(s).maxPerGas(), 9))));
    }
  }

  private static BigInteger gasFor(Asset asset) {
    return asset == null || asset.isNative() ? GasEstimator.TRANSFER_GAS : TOKEN_TRANSFER_GAS;
  }

  /** The presets last read (empty before the first refresh). */
  Map<Speed, Fees> presets() {
    return presets;
  }

  /** The largest sendable amount of the form's asset, as decimal text. */
  BackgroundTask<String> maxTask(Address from) {
    Asset asset = form.asset.get();
    FeeChoice choice = form.fee.get();
    java.util.Optional<Fees> custom = form.customFees();
    return BackgroundTask.of(
        c -> {
          NodeClient node = ctx.node().client();
          if (!asset.isNative()) {
            return asset.format(new Erc20Reader(node).balance(asset.token(), from, "pending"));
          }
          Fees fees =
              custom.orElseGet(
                  () -> new FeeOracle(node).suggest(choice.speed().orElse(Speed.NORMAL)));
          BigInteger gas =
              new GasEstimator(node, PaymentPlanner.GAS_MARGIN_PERCENT)
                  .gasLimit(new CallRequest(from, from, BigInteger.ONE, HexBytes.EMPTY));
          BigInteger balance = node.balance(from, "pending");
          BigInteger max = balance.subtract(fees.maxPerGas().multiply(gas)).max(BigInteger.ZERO);
          return asset.format(max);
        });
  }
}
