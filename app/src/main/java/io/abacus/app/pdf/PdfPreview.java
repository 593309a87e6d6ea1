package io.abacus.app.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders a page of a PDF to an image: for tests, documentation screenshots and previews. */
public final class PdfPreview {

  private PdfPreview() {}

  /** The number of pages of {@code pdf}. */
  public static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  /** Page {@code index} (from 0) of {@code pdf} at {@code dpi}. */
  public static BufferedImage render(byte[] pdf, int index, float dpi) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFRenderer(document).renderImageWithDPI(index, dpi);
    }
  }

  /** Writes page {@code index} of {@code pdf} as a PNG file. */
  public static void writePng(byte[] pdf, int index, float dpi, Path png) throws IOException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    ImageIO.write(render(pdf, index, dpi), "png", png.toFile());
  }
}
