package io.abacus.app.invoices;

import io.abacus.app.i18n.I18n;
import io.abacus.app.pdf.PdfBuilder;
import io.abacus.app.pdf.PdfColumn;
import io.abacus.app.qr.QrCode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.LineItem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The printable invoice, through the shared {@link PdfBuilder}: the seller, the customer, dates,
 * line items, the exact amount to pay, the payment address in full, the chain's name and id, the
 * payment URI and its QR code, in the language of the {@link I18n} given.
 */
public final class InvoicePdf {
  private InvoicePdf() {}

  /**
   * The PDF of an invoice.
   *
   * @param s the invoice with its status
   * @param seller the business that issues it
   * @param chainName the name of the chain it is paid on
   */
  public static byte[] render(InvoiceState s, BusinessProfile seller, String chainName, I18n i18n) {
    Invoice i = s.invoice();
    String title = i18n.format("invoices.pdf.title", i.id());
    try (PdfBuilder pdf =
        new PdfBuilder(title, seller.name().isEmpty() ? i.id() : seller.name() + " · " + i.id())) {
      pdf.title(title);
      if (!seller.name().isEmpty()) {
        pdf.heading(seller.name());
      }
      if (!seller.address().isEmpty()) {
        pdf.text(seller.address());
      }
      pdf.space(8);
      pdf.field(i18n.get("invoices.customer"), i.customer().isEmpty() ? "-" : i.customer());
      if (!i.reference().isEmpty()) {
        pdf.field(i18n.get("invoices.reference"), i.reference());
      }
      pdf.field(i18n.get("invoices.col.issued"), i.issued().toString());
      if (i.due() != null) {
        pdf.field(i18n.get("invoices.due"), i.due().toString());
      }
      pdf.field(i18n.get("invoices.col.status"), i18n.get("invoices.status." + s.status().id()));
      pdf.space(8);
      pdf.table(columns(i18n), rows(i, i18n));
      pdf.space(8);
      pdf.field(i18n.get("invoices.pdf.toPay"), units(i, i.amount()) + " " + i.symbol());
      if (s.paid().signum() > 0) {
        pdf.field(i18n.get("invoices.col.paid"), units(i, s.paid()) + " " + i.symbol());
        pdf.field(i18n.get("invoices.col.remaining"), units(i, s.remaining()) + " " + i.symbol());
      }
      pdf.small(i18n.get("invoices.pdf.exact"));
      pdf.heading(i18n.get("invoices.pdf.payment"));
      pdf.monoField(i18n.get("invoices.pdf.payTo"), Address.parse(i.payTo()).toString());
      pdf.field(i18n.get("invoices.pdf.chain"), chainName + " (" + i.chainId() + ")");
      if (!i.isNative()) {
        pdf.monoField(i18n.get("invoices.pdf.token"), i.symbol() + " " + Address.parse(i.asset()));
      }
      String uri =
          InvoiceUris.uri(
              i, s.paid().signum() > 0 && s.remaining().signum() > 0 ? s.remaining() : i.amount());
      pdf.monoField(i18n.get("invoices.pdf.uri"), uri);
      pdf.space(6);
      pdf.qr(QrCode.encode(uri), 140);
      return pdf.toBytes();
    }
  }

  private static List<PdfColumn> columns(I18n i18n) {
    return List.of(
        PdfColumn.text(i18n.get("invoices.pdf.item"), 5),
        PdfColumn.amount(i18n.get("invoices.pdf.quantity"), 1.5f),
        PdfColumn.amount(i18n.get("invoices.pdf.unitPrice"), 2.5f),
        PdfColumn.amount(i18n.get("invoices.pdf.total"), 2.5f));
  }

  private static List<List<String>> rows(Invoice i, I18n i18n) {
    List<List<String>> rows = new ArrayList<>();
    for (LineItem l : i.lineItems()) {
      rows.add(
          List.of(
              l.description(),
              l.quantity().stripTrailingZeros().toPlainString(),
              units(i, l.unitPrice()),
              units(i, l.total())));
    }
    if (rows.isEmpty()) {
      String ref = i.reference().isEmpty() ? i.id() : i.reference();
      rows.add(List.of(ref, "1", units(i, i.nominal()), units(i, i.nominal())));
    }
    BigInteger suffix = i.amount().subtract(i.nominal());
    if (suffix.signum() > 0) {
      rows.add(List.of(i18n.format("invoices.pdf.code", i.code()), "", "", units(i, suffix)));
    }
    return rows;
  }

  private static String units(Invoice i, BigInteger raw) {
    return Quantities.format(raw, i.decimals());
  }
}
