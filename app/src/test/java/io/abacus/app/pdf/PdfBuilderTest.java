package io.abacus.app.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.app.qr.QrCode;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfBuilderTest {

  private static final String ADDRESS = "0xE9325B4ed49B2D8F1C94D6D6A9B41E5F3B4cF1c2";

  @Test
  void mixedChineseAndLatinTextIsDrawnAndExtractable() throws Exception {
    byte[] pdf;
    try (PdfBuilder builder = new PdfBuilder("发票 Invoice", "Abacus · 发票 INV-7")) {
      builder.title("发票 Invoice INV-7").text("付款地址 Pay to:").monoField("地址", ADDRESS);
      pdf = builder.toBytes();
    }
    String text = text(pdf, 1, 1);
    assertThat(text).contains("发票 Invoice INV-7").contains("付款地址 Pay to:").contains("地址");
    assertThat(text.replaceAll("\\s", "")).contains(ADDRESS);
    assertThat(text).contains("1 / 1");
  }

  @Test
  void aListNumberIsNeverLeftAloneAtTheEndOfALine() throws Exception {
    String chinese = "在您自己的节点上重新核对每一笔款项、每一个余额以及区块哈希".repeat(3);
    try (PDDocument doc = new PDDocument()) {
      PdfFonts fonts = new PdfFonts(doc);
      List<String> alone = PdfText.wrap("2. " + chinese, fonts, PdfFonts.Style.REGULAR, 10, 200);
      assertThat(alone.get(0)).startsWith("2. 在").isNotEqualTo("2.");
      assertThat(String.join("", alone)).isEqualTo("2. " + chinese);
      for (int pad = 0; pad < 30; pad++) {
        String text = "核对".repeat(pad) + "。 2. " + chinese;
        List<String> lines = PdfText.wrap(text, fonts, PdfFonts.Style.REGULAR, 10, 200);
        assertThat(lines).as(text).noneMatch(l -> l.strip().endsWith("2.") || l.isBlank());
        assertThat(lines.stream().mapToInt(l -> l.replace(" ", "").length()).sum())
            .isEqualTo(text.replace(" ", "").length());
      }
      assertThat(PdfText.wrap("one two three four", fonts, PdfFonts.Style.REGULAR, 10, 60))
          .as("Latin text still breaks at spaces")
          .allMatch(l -> !l.startsWith(" ") && !l.endsWith(" "))
          .hasSizeGreaterThan(1);
    }
  }

  @Test
  void longMonospaceValuesWrapInsteadOfBeingCut() throws Exception {
    String uri = "ethereum:" + ADDRESS + "@31337/transfer?address=" + ADDRESS + "&uint256=25500001";
    byte[] pdf;
    try (PdfBuilder builder = new PdfBuilder("t", "")) {
      builder.mono(uri);
      pdf = builder.toBytes();
    }
    String text = text(pdf, 1, 1);
    assertThat(text.lines().filter(l -> !l.isBlank()).count()).isGreaterThan(1);
    assertThat(text.replaceAll("\\s", "")).contains(uri);
  }

  @Test
  void tablesContinueOnTheNextPageWithTheirHeader() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      rows.add(List.of("2026-11-" + (i % 28 + 1), ADDRESS, i + ".5 TUSD"));
    }
    byte[] pdf;
    try (PdfBuilder builder = new PdfBuilder("t", "footer")) {
      builder.table(
          List.of(
              PdfColumn.text("Date", 1),
              PdfColumn.mono("Counterparty", 3),
              PdfColumn.amount("Amount", 1.2f)),
          rows);
      pdf = builder.toBytes();
    }
    int pages = PdfPreview.pages(pdf);
    if (System.getProperty("pdf.look.dir") != null) {
      PdfPreview.writePng(pdf, 1, 72, Path.of(System.getProperty("pdf.look.dir"), "pdf-table.png"));
    }
    assertThat(pages).isGreaterThan(1);
    for (int page = 1; page <= pages; page++) {
      assertThat(text(pdf, page, page)).contains("Counterparty").contains(page + " / " + pages);
    }
    String all = text(pdf, 1, pages);
    for (int i = 1; i <= 120; i++) {
      assertThat(all).contains(i + ".5 TUSD");
    }
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsRefused() {
    try (PdfBuilder builder = new PdfBuilder("t", "")) {
      assertThatThrownBy(
              () -> builder.table(List.of(PdfColumn.text("A", 1)), List.of(List.of("a", "b"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2 cells for 1 columns");
    }
  }

  @Test
  void qrCodeAndChartRenderAndAPageImageIsWritten(@TempDir Path dir) throws Exception {
    byte[] pdf;
    try (PdfBuilder builder = new PdfBuilder("t", "Abacus")) {
      builder.title("Chart").qr(QrCode.encode("ethereum:" + ADDRESS + "@31337?value=1e18"), 120);
      builder.barChart(
          List.of("2026-01", "2026-02", "2026-03"),
          List.of(
              new PdfBarSeries(
                  "In 收入", List.of(new BigDecimal("10"), BigDecimal.ZERO, new BigDecimal("2.5"))),
              new PdfBarSeries(
                  "Out 支出", List.of(new BigDecimal("4"), new BigDecimal("1"), BigDecimal.ZERO))),
          120);
      pdf = builder.toBytes();
    }
    Path png =
        Path.of(System.getProperty("pdf.look.dir", dir.toString())).resolve("pdf-builder.png");
    PdfPreview.writePng(pdf, 0, 72, png);
    assertThat(Files.size(png)).isGreaterThan(1000);
    BufferedImage image = PdfPreview.render(pdf, 0, 72);
    assertThat(darkPixels(image, 50, 60, 120, 120)).as("the QR code is drawn").isGreaterThan(1000);
    assertThat(text(pdf, 1, 1))
        .contains("In 收入")
        .contains("Out 支出")
        .contains("2026-03")
        .contains("10");
  }

  @Test
  void charactersNoFontHasBecomeAQuestionMarkInsteadOfFailing() throws Exception {
    byte[] pdf;
    try (PdfBuilder builder = new PdfBuilder("t", "")) {
      builder.text("Paid \uD80C\uDC00 in full");
      pdf = builder.toBytes();
    }
    assertThat(text(pdf, 1, 1)).contains("Paid ? in full");
  }

  private static int darkPixels(BufferedImage image, int x0, int y0, int w, int h) {
    int dark = 0;
    for (int x = x0; x < x0 + w; x++) {
      for (int y = y0; y < y0 + h; y++) {
        if ((image.getRGB(x, y) & 0xff) < 80) {
          dark++;
        }
      }
    }
    return dark;
  }

  private static String text(byte[] pdf, int from, int to) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return stripper.getText(document);
    }
  }
}
