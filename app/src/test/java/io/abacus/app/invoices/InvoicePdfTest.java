package io.abacus.app.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.pdf.PdfPreview;
import io.abacus.wallet.invoice.IncomingPayment;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceMatcher;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.LineItem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printable invoice in English and Chinese; page 1 is rendered to PNG under target/. */
class InvoicePdfTest {
  private static final String SHOP = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
  private static final String USDC = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
  private static final BigInteger ONE = BigInteger.TEN.pow(6);

  private static InvoiceState partlyPaid() {
    Invoice i =
        new Invoice(
            "INV-0007",
            31337,
            SHOP,
            USDC,
            "USDC",
            6,
            ONE.multiply(BigInteger.valueOf(1250)),
            ONE.multiply(BigInteger.valueOf(1250)).add(BigInteger.valueOf(7)),
            "Acme Trading Ltd",
            null,
            "PO-2026-114",
            LocalDate.of(2026, 11, 27),
            LocalDate.of(2026, 12, 27),
            List.of(
                new LineItem(
                    "Website design, hours",
                    new BigDecimal("12.5"),
                    ONE.multiply(BigInteger.valueOf(80))),
                new LineItem(
                    "Hosting, 12 months", BigDecimal.ONE, ONE.multiply(BigInteger.valueOf(250)))),
            5,
            false,
            List.of());
    IncomingPayment p =
        new IncomingPayment(
            "0xaa/1",
            "0x" + "ab".repeat(32),
            "0x" + "11".repeat(20),
            SHOP,
            USDC,
            ONE.multiply(BigInteger.valueOf(500)).add(BigInteger.valueOf(7)),
            9,
            1,
            0);
    return InvoiceMatcher.match(List.of(i), List.of(p), 20, 1, LocalDate.of(2026, 11, 28))
        .invoices()
        .get(0);
  }

  @Test
  void englishAndChineseInvoicesCarryTheFullPaymentDetails() throws Exception {
    BusinessProfile seller =
        new BusinessProfile("Lotus Studio 莲花工作室", "12 Harbour Road\nWan Chai, Hong Kong");
    Path out = Path.of("target", "invoice-pdf");
    Files.createDirectories(out);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      byte[] pdf = InvoicePdf.render(partlyPaid(), seller, "Sandbox", new I18n(locale));
      assertThat(PdfPreview.pages(pdf)).isEqualTo(1);
      String text;
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      }
      assertThat(text)
          .contains(
              "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
              "31337",
              "1250.000007",
              "750",
              "Sandbox",
              "Lotus");
      assertThat(text).contains(locale == Locale.ENGLISH ? "InvoiceINV-0007" : "发票INV-0007");
      PdfPreview.writePng(pdf, 0, 110, out.resolve("invoice-" + locale.toLanguageTag() + ".png"));
    }
  }
}
