package io.abacus.app.payments.receive;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.payments.Layout;
import io.abacus.app.payments.store.SavedRequest;
import io.abacus.app.qr.QrCode;
import io.abacus.app.qr.QrImages;
import io.abacus.app.ui.AddressView;
import io.abacus.app.ui.Controls;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Receive page: address QR, payment request form with its QR, and the saved requests. */
public final class ReceiveView {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
  private final ReceiveViewModel model;
  private final I18n i18n;
  private final VBox root;

  public ReceiveView(ReceiveViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
    HBox top = new HBox(24, addressBox(), requestBox());
    VBox content =
        new VBox(
            16,
            top,
            Controls.errorLabel("receive-error", model.errorProperty()),
            Controls.section(i18n.get("receive.saved"), savedList()));
    content.setPadding(new Insets(4, 0, 12, 0));
    javafx.scene.control.ScrollPane scroll = Layout.scrolling(content);
    VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
    root = new VBox(scroll);
    root.setId("receive-page");
    root.sceneProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                model.load();
              }
            });
    model.load();
  }

  public VBox root() {
    return root;
  }

  private Node addressBox() {
    ImageView qr = qrView("receive-address-qr", model.addressQrProperty(), 160);
    HBox address =
        AddressView.full(
            "receive-address", model.addressProperty(), i18n.get("receive.copy"), 260, true);
    address.getChildren().get(1).setId("receive-copy-address");
    VBox box = new VBox(8, qr, address);
    box.setMinWidth(Region.USE_PREF_SIZE);
    return Controls.section(i18n.get("receive.address"), box);
  }

  private Node requestBox() {
    GridPane grid = Layout.formGrid();
    ComboBox<Asset> asset = new ComboBox<>(model.assets());
    asset.setId("receive-asset");
    asset.valueProperty().bindBidirectional(model.assetProperty());
    asset.setConverter(Controls.converter(Asset::symbol));
    TextField amount = Controls.textField("receive-amount", model.amountProperty(), 12);
    amount.setPromptText(i18n.get("receive.amount.prompt"));
    TextField memo = Controls.textField("receive-memo", model.memoProperty(), 20);
    Button create = new Button(i18n.get("receive.create"));
    create.setId("receive-create");
    create.setDefaultButton(true);
    create.setOnAction(e -> model.createRequest());
    grid.addRow(0, new Label(i18n.get("receive.asset")), asset);
    grid.addRow(
        1,
        new Label(i18n.get("receive.amount")),
        new VBox(
            4, amount, Controls.errorLabel("receive-amount-error", model.amountErrorProperty())));
    grid.addRow(2, new Label(i18n.get("receive.memo")), memo);
    grid.add(create, 1, 3);
    ImageView qr = qrView("receive-request-qr", model.requestQrProperty(), 160);
    HBox uri =
        AddressView.full(
            "receive-uri", model.requestUriProperty(), i18n.get("receive.copy"), 300, false);
    uri.getChildren().get(1).setId("receive-copy-uri");
    // Space for the request is kept while there is none, so creating one does not move the page.
    StackPane qrSpace = new StackPane(qr);
    qrSpace.setAlignment(Pos.TOP_LEFT);
    qrSpace.setMinSize(160, 160);
    VBox shown = new VBox(8, qrSpace, uri);
    shown.setMinHeight(240);
    shown.visibleProperty().bind(model.requestUriProperty().isNotEmpty());
    VBox box = new VBox(12, grid, shown);
    HBox.setHgrow(box, Priority.ALWAYS);
    return Controls.section(i18n.get("receive.request"), box);
  }

  private Node savedList() {
    ListView<SavedRequest> list = new ListView<>(model.requests());
    list.setId("receive-requests");
    list.setPrefHeight(180);
    list.setPlaceholder(new Label(i18n.get("receive.none")));
    list.setCellFactory(l -> new RequestCell());
    VBox.setVgrow(list, Priority.ALWAYS);
    return list;
  }

  private final class RequestCell extends ListCell<SavedRequest> {
    @Override
    protected void updateItem(SavedRequest r, boolean empty) {
      super.updateItem(r, empty);
      if (empty || r == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label text =
          new Label(
              WHEN.format(Instant.ofEpochMilli(r.createdMillis())) + "   " + model.describe(r));
      CheckBox paid = new CheckBox(i18n.get("receive.paid"));
      paid.setId("receive-paid-" + getIndex());
      paid.setSelected(r.paid());
      paid.setOnAction(e -> model.setPaid(r, paid.isSelected()));
      Button show = new Button(i18n.get("receive.showQr"));
      show.setId("receive-show-" + getIndex());
      show.setOnAction(e -> model.show(r));
      HBox.setHgrow(text, Priority.ALWAYS);
      text.setMaxWidth(Double.MAX_VALUE);
      setGraphic(new HBox(12, text, paid, show));
      setText(null);
    }
  }

  private static ImageView qrView(String id, ObjectProperty<QrCode> code, int pixels) {
    ImageView view = new ImageView();
    view.setId(id);
    view.imageProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> code.get() == null ? null : QrImages.render(code.get(), pixels), code));
    return view;
  }
}
