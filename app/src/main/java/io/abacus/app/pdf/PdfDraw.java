package io.abacus.app.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws one line of text run by run, each run in the font that has its glyphs. */
final class PdfDraw {

  private PdfDraw() {}

  static void text(
      PDPageContentStream stream,
      PdfFonts fonts,
      float x,
      float baseline,
      String text,
      PdfFonts.Style style,
      float size,
      Color color) {
    if (text.isEmpty()) {
      return;
    }
    try {
      stream.setNonStrokingColor(color);
      float cursor = x;
      for (PdfFonts.Run run : fonts.runs(text, style)) {
        stream.beginText();
        stream.setFont(run.font(), size);
        stream.newLineAtOffset(cursor, baseline);
        stream.showText(run.text());
        stream.endText();
        cursor += run.font().getStringWidth(run.text()) / 1000f * size;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
