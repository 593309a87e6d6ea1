package io.abacus.app.pdf;

import io.abacus.app.qr.QrCode;
import io.abacus.wallet.storage.AtomicFile;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays out a printable A4 document top to bottom — titles, wrapped paragraphs, monospace text that
 * wraps instead of being cut (addresses, hashes, URIs), label/value fields, tables that continue on
 * the next page with their header repeated, QR codes drawn as vectors, grouped bar charts — and
 * puts a footer with page numbers on every page. Chinese and Latin text mix freely (see {@link
 * PdfFonts}). The one PDF layout layer of Abacus: invoices and statements both use it.
 */
public final class PdfBuilder implements AutoCloseable {

  static final float MARGIN = 50;
  static final float BODY = 10;
  static final Color TEXT = new Color(0x20, 0x24, 0x2a);
  static final Color MUTED = new Color(0x6b, 0x72, 0x80);
  static final Color RULE = new Color(0xd0, 0xd5, 0xdd);

  private final PDDocument document = new PDDocument();
  private final PdfFonts fonts;
  private final String footer;
  private PDPageContentStream stream;
  private float y;

  /**
   * @param title the document title (shown by PDF viewers, not drawn)
   * @param footer a line drawn at the bottom of every page next to the page number, or ""
   */
  public PdfBuilder(String title, String footer) {
    this.fonts = new PdfFonts(document);
    this.footer = footer == null ? "" : footer;
    document.getDocumentInformation().setTitle(title);
    document.getDocumentInformation().setCreator("Abacus");
    // A fixed date keeps the bytes of the same content the same (reproducible files, stable tests).
    Calendar epoch = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    epoch.setTimeInMillis(0);
    document.getDocumentInformation().setCreationDate(epoch);
    newPage();
  }

  /** A large bold title. */
  public PdfBuilder title(String text) {
    return paragraph(text, PdfFonts.Style.BOLD, 18, TEXT, 8);
  }

  /** A section heading. */
  public PdfBuilder heading(String text) {
    space(6);
    return paragraph(text, PdfFonts.Style.BOLD, 13, TEXT, 4);
  }

  /** A paragraph of body text, wrapped. */
  public PdfBuilder text(String text) {
    return paragraph(text, PdfFonts.Style.REGULAR, BODY, TEXT, 4);
  }

  /** Smaller, grey text: notes and explanations. */
  public PdfBuilder small(String text) {
    return paragraph(text, PdfFonts.Style.REGULAR, 8, MUTED, 3);
  }

  /** Monospace text that wraps between any two characters: addresses, hashes, URIs, commands. */
  public PdfBuilder mono(String text) {
    return paragraph(text, PdfFonts.Style.MONO, 9, TEXT, 4);
  }

  /** A label and its value on one row; the value wraps within its column. */
  public PdfBuilder field(String label, String value) {
    return field(label, value, PdfFonts.Style.REGULAR);
  }

  /** A label and a monospace value (an address or a hash), shown in full. */
  public PdfBuilder monoField(String label, String value) {
    return field(label, value, PdfFonts.Style.MONO);
  }

  private PdfBuilder field(String label, String value, PdfFonts.Style style) {
    float labelWidth = contentWidth() * 0.3f;
    float valueWidth = contentWidth() - labelWidth;
    List<String> labelLines = PdfText.wrap(label, fonts, PdfFonts.Style.BOLD, BODY, labelWidth - 8);
    List<String> valueLines = PdfText.wrap(value, fonts, style, BODY, valueWidth);
    float height = Math.max(labelLines.size(), valueLines.size()) * lineHeight(BODY) + 3;
    ensure(height);
    drawLines(labelLines, MARGIN, PdfFonts.Style.BOLD, BODY, MUTED);
    drawLines(valueLines, MARGIN + labelWidth, style, BODY, TEXT);
    y -= height;
    return this;
  }

  /** A table; rows that do not fit continue on the next page under a repeated header. */
  public PdfBuilder table(List<PdfColumn> columns, List<List<String>> rows) {
    new PdfTable(this, columns).draw(rows);
    space(6);
    return this;
  }

  /**
   * A grouped bar chart, one group per category, with a legend and the largest value on the axis.
   */
  public PdfBuilder barChart(List<String> categories, List<PdfBarSeries> series, float height) {
    new PdfBarChart(this, categories, series).draw(height);
    space(6);
    return this;
  }

  /** A QR code drawn as vector squares (sharp at any zoom), {@code size} points wide. */
  public PdfBuilder qr(QrCode code, float size) {
    ensure(size + 4);
    float cell = size / code.size();
    float top = y;
    try {
      stream.setNonStrokingColor(Color.BLACK);
      for (int row = 0; row < code.size(); row++) {
        for (int col = 0; col < code.size(); col++) {
          if (code.isDark(col, row)) {
            stream.addRect(MARGIN + col * cell, top - (row + 1) * cell, cell, cell);
          }
        }
      }
      stream.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= size + 4;
    return this;
  }

  /** A raster image scaled to {@code width} points. */
  public PdfBuilder image(BufferedImage image, float width) {
    float height = width * image.getHeight() / image.getWidth();
    ensure(height + 4);
    try {
      PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
      stream.drawImage(xobject, MARGIN, y - height, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= height + 4;
    return this;
  }

  /** Vertical space in points (nothing if it would only push to the next page). */
  public PdfBuilder space(float points) {
    y = Math.max(MARGIN + 20, y - points);
    return this;
  }

  /** Starts a new page. */
  public PdfBuilder newPage() {
    closeStream();
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try {
      stream = new PDPageContentStream(document, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = page.getMediaBox().getHeight() - MARGIN;
    return this;
  }

  /** The finished document. The builder cannot be used afterwards. */
  public byte[] toBytes() {
    closeStream();
    new PdfFooter(document, fonts, footer).draw();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      close();
    }
  }

  /** Writes the finished document atomically (the previous version kept as a backup). */
  public void save(Path file) throws IOException {
    AtomicFile.write(file, toBytes());
  }

  @Override
  public void close() {
    closeStream();
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- shared with PdfTable, PdfBarChart ----

  PdfFonts fonts() {
    return fonts;
  }

  PDPageContentStream stream() {
    return stream;
  }

  float y() {
    return y;
  }

  void moveDown(float points) {
    y -= points;
  }

  float contentWidth() {
    return PDRectangle.A4.getWidth() - 2 * MARGIN;
  }

  static float lineHeight(float size) {
    return size * 1.35f;
  }

  /**
   * Starts a new page unless {@code height} points still fit on this one; true if it started one.
   */
  boolean ensure(float height) {
    if (y - height < MARGIN + 20) {
      newPage();
      return true;
    }
    return false;
  }

  void drawLines(List<String> lines, float x, PdfFonts.Style style, float size, Color color) {
    float lineY = y;
    for (String line : lines) {
      drawText(x, lineY - size, line, style, size, color);
      lineY -= lineHeight(size);
    }
  }

  void drawText(
      float x, float baseline, String text, PdfFonts.Style style, float size, Color color) {
    PdfDraw.text(stream, fonts, x, baseline, text, style, size, color);
  }

  private PdfBuilder paragraph(
      String text, PdfFonts.Style style, float size, Color color, float after) {
    for (String line : PdfText.wrap(text, fonts, style, size, contentWidth())) {
      ensure(lineHeight(size));
      drawText(MARGIN, y - size, line, style, size, color);
      y -= lineHeight(size);
    }
    y -= after;
    return this;
  }

  private void closeStream() {
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      stream = null;
    }
  }
}
