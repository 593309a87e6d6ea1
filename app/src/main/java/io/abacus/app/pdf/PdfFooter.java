package io.abacus.app.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/** Draws the footer line and "page / pages" on every page once the page count is known. */
final class PdfFooter {

  private final PDDocument document;
  private final PdfFonts fonts;
  private final String text;

  PdfFooter(PDDocument document, PdfFonts fonts, String text) {
    this.document = document;
    this.fonts = fonts;
    this.text = text;
  }

  void draw() {
    int pages = document.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      PDPage page = document.getPage(i);
      float width = page.getMediaBox().getWidth();
      try (PDPageContentStream stream =
          new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
        float baseline = PdfBuilder.MARGIN / 2;
        String number = (i + 1) + " / " + pages;
        float numberWidth = fonts.width(number, PdfFonts.Style.REGULAR, 8);
        PdfDraw.text(
            stream,
            fonts,
            PdfBuilder.MARGIN,
            baseline,
            fit(width, numberWidth),
            PdfFonts.Style.REGULAR,
            8,
            PdfBuilder.MUTED);
        PdfDraw.text(
            stream,
            fonts,
            width - PdfBuilder.MARGIN - numberWidth,
            baseline,
            number,
            PdfFonts.Style.REGULAR,
            8,
            PdfBuilder.MUTED);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The footer text shortened with "…" if it would run into the page number. */
  private String fit(float pageWidth, float numberWidth) {
    float room = pageWidth - 2 * PdfBuilder.MARGIN - numberWidth - 12;
    String shown = text;
    while (shown.length() > 2 && fonts.width(shown, PdfFonts.Style.REGULAR, 8) > room) {
      shown = shown.substring(0, shown.length() - 2) + "…";
    }
    return shown;
  }
}
