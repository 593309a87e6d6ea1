package io.abacus.app.payments.send;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.ui.AddressView;
import io.abacus.app.ui.Controls;
import io.abacus.wallet.account.Account;
import java.math.BigInteger;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The paying account on the Send page (name to choose from, whole address with copy, balance) and
 * the asset picker's cells, each with the payer's balance of that asset.
 */
final class PayerPane {
  private final SendPayer payer;
  private final I18n i18n;

  PayerPane(SendPayer payer, I18n i18n) {
    this.payer = payer;
    this.i18n = i18n;
  }

  /** The "From" row: account choice and balance, then the whole address. */
  Node root() {
    ComboBox<Account> accounts = new ComboBox<>(payer.accounts());
    accounts.setId("send-from");
    accounts.setConverter(Controls.converter(payer::name));
    accounts.setValue(payer.payerProperty().get());
    accounts.valueProperty().addListener((o, a, b) -> payer.choose(b));
    payer.payerProperty().addListener((o, a, b) -> accounts.setValue(b));
    Label balance = new Label();
    balance.setId("send-from-balance");
    balance
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    payer.nativeBalance().get().isEmpty()
                        ? ""
                        : i18n.format("send.from.balance", payer.nativeBalance().get()),
                payer.nativeBalance()));
    balance.setTooltip(tooltip(balance));
    balance.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    HBox top = new HBox(12, accounts, balance);
    top.setAlignment(Pos.CENTER_LEFT);
    Node address =
        AddressView.full(
            "send-from-address", payer.addressText(), i18n.get("send.from.copy"), 480, true);
    Label error = Controls.errorLabel("send-balance-error", payer.errorProperty());
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    return new VBox(6, top, address, error);
  }

  /** Sets the asset picker's cells: the asset and the payer's balance of it. */
  void decorate(ComboBox<Asset> assets) {
    assets.setCellFactory(l -> new AssetCell());
    assets.setButtonCell(new AssetCell());
  }

  private static Tooltip tooltip(Label label) {
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(label.textProperty());
    return tip;
  }

  /** An asset with the payer's balance; the tooltip has the exact balance. */
  private final class AssetCell extends ListCell<Asset> {
    @Override
    protected void updateItem(Asset asset, boolean empty) {
      super.updateItem(asset, empty);
      textProperty().unbind();
      if (empty || asset == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      textProperty()
          .bind(Bindings.createStringBinding(() -> payer.pickerText(asset), payer.balances()));
      Tooltip tip = new Tooltip();
      tip.textProperty()
          .bind(
              Bindings.createStringBinding(
                  () -> {
                    BigInteger b = payer.balances().get(asset);
                    return b == null
                        ? asset.toString()
                        : asset + "\n" + i18n.format("send.from.balance", asset.amount(b));
                  },
                  payer.balances()));
      setTooltip(tip);
    }
  }
}
