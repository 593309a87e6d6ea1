package io.abacus.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.pdf.PdfPreview;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.statement.SignedStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printable statement in English and Simplified Chinese, rendered to PNG once. */
class StatementPdfTest {
  @Test
  void englishHasSummaryMovementsAndHowToVerifyPages() throws Exception {
    SignedStatement file = StatementSamples.signed(60);
    byte[] json = file.toBytes();
    byte[] pdf = new StatementPdf(new I18n(Locale.ENGLISH)).render(file, json, "Sandbox");
    look(pdf, "en");
    int pages = PdfPreview.pages(pdf);
    assertThat(pages).isGreaterThanOrEqualTo(4);
    String first = text(pdf, 1, 1);
    assertThat(first)
        .contains("Statement of account", "Sandbox (chain id 31337)", "Balances", "9950.125")
        .contains("Monthly in and out: TUSD", "Monthly in and out: ETH", "Supplier 供应商");
    // addresses printed as wallets show them (EIP-55), not in the JSON's canonical lower case
    assertThat(first.replaceAll("\\s", ""))
        .contains(Address.parse(StatementSamples.ACCOUNT).toString())
        .doesNotContain(StatementSamples.ACCOUNT.toLowerCase(Locale.ROOT));
    String table = text(pdf, 2, pages - 1);
    for (int i = 0; i < 60; i++) {
      assertThat(table.replaceAll("\\s", "")).contains(String.format("%064x", 0xabc000L + i));
    }
    String last = text(pdf, pages, pages);
    assertThat(last).contains("How to verify this statement");
    assertThat(last.replaceAll("\\s", ""))
        .contains(StatementPdf.sha256(json))
        .contains(Address.parse(StatementSamples.ACCOUNT).toString());
    assertThat(last.replaceAll("\\s+", " "))
        .contains("abacus statement verify statement.json --network Sandbox");
  }

  @Test
  void simplifiedChineseIsDrawn() throws Exception {
    SignedStatement file = StatementSamples.signed(12);
    byte[] pdf =
        new StatementPdf(new I18n(Locale.SIMPLIFIED_CHINESE)).render(file, file.toBytes(), null);
    look(pdf, "zh");
    int pages = PdfPreview.pages(pdf);
    assertThat(text(pdf, 1, 1)).contains("账户对账单", "期初", "每月收支");
    assertThat(text(pdf, pages, pages).replaceAll("\\s+", " "))
        .contains("如何验证本对账单", "--rpc <YOUR-NODE-URL> --chain-id 31337");
  }

  /** Renders every page to target/statement-pdf/ to be looked at. */
  private static void look(byte[] pdf, String language) throws Exception {
    Path dir = Path.of("target", "statement-pdf");
    Files.createDirectories(dir);
    for (int i = 0; i < PdfPreview.pages(pdf); i++) {
      PdfPreview.writePng(pdf, i, 80, dir.resolve(language + "-" + (i + 1) + ".png"));
    }
    assertThat(Files.size(dir.resolve(language + "-1.png"))).isPositive();
  }

  private static String text(byte[] pdf, int from, int to) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return stripper.getText(doc);
    }
  }
}
