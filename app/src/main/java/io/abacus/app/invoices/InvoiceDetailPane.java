package io.abacus.app.invoices;

import io.abacus.app.i18n.I18n;
import io.abacus.app.qr.QrCode;
import io.abacus.app.qr.QrImages;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.InvoiceStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The selected invoice on the Invoices page: summary, QR, payment link, cancel, PDF, payments. */
final class InvoiceDetailPane {
  private final InvoicesViewModel model;
  private final I18n i18n;
  private final Consumer<String> openTransaction;

  InvoiceDetailPane(InvoicesViewModel model, I18n i18n, Consumer<String> openTransaction) {
    this.model = model;
    this.i18n = i18n;
    this.openTransaction = openTransaction;
  }

  Node root() {
    Label title = new Label();
    title.setId("invoice-detail-title");
    title.getStyleClass().add("title-4");
    Label summary = new Label();
    summary.setId("invoice-detail-summary");
    summary.setWrapText(true);
    ImageView qr = new ImageView();
    qr.setId("invoice-qr");
    ListView<InvoiceState.MatchedPayment> payments = new ListView<>();
    payments.setId("invoice-payments");
    payments.setCellFactory(v -> new PaymentCell());
    payments.setPrefHeight(110);
    payments.setMinHeight(64);
    Button copy = new Button(i18n.get("invoices.copyUri"));
    copy.setId("invoice-copy-uri");
    copy.setOnAction(
        e -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(model.uri());
          Clipboard.getSystemClipboard().setContent(content);
        });
    Button cancel = new Button(i18n.get("invoices.cancel"));
    cancel.setId("invoice-cancel");
    cancel.setOnAction(e -> model.cancelSelected());
    TextField pdfPath =
        InvoicesView.field(
            "invoice-pdf-path",
            Path.of(System.getProperty("user.home"), "invoice.pdf").toString(),
            14);
    model
        .selectedProperty()
        .addListener(
            (o, a, s) -> {
              if (s != null) {
                pdfPath.setText(
                    Path.of(System.getProperty("user.home"), s.invoice().id() + ".pdf").toString());
              }
            });
    Button pdf = new Button(i18n.get("invoices.pdf"));
    pdf.setId("invoice-pdf");
    pdf.setOnAction(e -> model.savePdf(Path.of(pdfPath.getText().strip())));
    HBox actions = new HBox(8, copy, cancel);
    HBox pdfRow = new HBox(8, pdfPath, pdf);
    VBox box =
        new VBox(
            8,
            title,
            summary,
            qr,
            actions,
            pdfRow,
            new Label(i18n.get("invoices.payments")),
            payments);
    box.setId("invoice-detail");
    box.setPrefWidth(330);
    box.setMinWidth(300);
    box.setPadding(new Insets(0, 0, 0, 4));
    box.disableProperty().bind(model.selectedProperty().isNull());
    model
        .selectedProperty()
        .addListener(
            (o, a, s) -> {
              title.setText(s == null ? "" : s.invoice().id() + " · " + statusText(s.status()));
              summary.setText(s == null ? "" : summary(s));
              qr.setImage(s == null ? null : QrImages.render(QrCode.encode(model.uri()), 160));
              payments.getItems().setAll(s == null ? List.of() : s.payments());
            });
    return box;
  }

  private String summary(InvoiceState s) {
    Invoice i = s.invoice();
    String base =
        i18n.format("invoices.detail", units(i, i.amount()), i.symbol(), i.payTo(), i.chainId());
    return switch (s.status()) {
      case PARTIAL, LATE ->
          base + "\n" + i18n.format("invoices.remaining", units(i, s.remaining()), i.symbol());
      case OVERPAID ->
          base + "\n" + i18n.format("invoices.excess", units(i, s.excess()), i.symbol());
      default -> base;
    };
  }

  private String paymentText(Invoice i, InvoiceState.MatchedPayment p) {
    String text =
        units(i, p.payment().amount()) + " " + i.symbol() + " · #" + p.payment().blockNumber();
    return p.byHand() ? text + " · " + i18n.get("invoices.byHand") : text;
  }

  /** A payment: amount, block, "by hand", and its hash as a link to the explorer. */
  private final class PaymentCell extends ListCell<InvoiceState.MatchedPayment> {
    @Override
    protected void updateItem(InvoiceState.MatchedPayment p, boolean empty) {
      super.updateItem(p, empty);
      InvoiceState s = model.selectedProperty().get();
      if (empty || p == null || s == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Hyperlink hash = new Hyperlink(p.payment().hash());
      hash.getStyleClass().add("invoice-payment-hash");
      hash.setOnAction(e -> openTransaction.accept(p.payment().hash()));
      setText(null);
      setGraphic(new VBox(new Label(paymentText(s.invoice(), p)), hash));
    }
  }

  private String statusText(InvoiceStatus s) {
    return i18n.get("invoices.status." + s.id());
  }

  private static String units(Invoice i, java.math.BigInteger raw) {
    return Quantities.format(raw, i.decimals());
  }
}
