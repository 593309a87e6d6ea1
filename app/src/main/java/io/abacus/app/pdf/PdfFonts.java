package io.abacus.app.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts shipped with Abacus, embedded as subsets into one document: DejaVu Sans (regular, bold)
 * and DejaVu Sans Mono for Latin text, Droid Sans Fallback for Chinese. Text is split into runs so
 * that each character is drawn with the first of the style's fonts that has a glyph for it; a
 * character no font has is drawn as "?" rather than failing the whole document.
 */
final class PdfFonts {

  /** A piece of text drawn in one font. */
  record Run(PDType0Font font, String text) {}

  /** The text styles the builder uses. */
  enum Style {
    REGULAR,
    BOLD,
    MONO
  }

  private final PDType0Font regular;
  private final PDType0Font bold;
  private final PDType0Font mono;
  private final PDType0Font chinese;

  PdfFonts(PDDocument document) {
    this.regular = load(document, "DejaVuSans.ttf");
    this.bold = load(document, "DejaVuSans-Bold.ttf");
    this.mono = load(document, "DejaVuSansMono.ttf");
    this.chinese = load(document, "DroidSansFallbackFull.ttf");
  }

  private static PDType0Font load(PDDocument document, String name) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("/abacus/fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("The font " + name + " is missing from the application");
      }
      return PDType0Font.load(document, in, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the font " + name, e);
    }
  }

  private PDType0Font primary(Style style) {
    return switch (style) {
      case REGULAR -> regular;
      case BOLD -> bold;
      case MONO -> mono;
    };
  }

  /** Splits {@code text} into runs of one font each, replacing characters no font can draw. */
  List<Run> runs(String text, Style style) {
    PDType0Font first = primary(style);
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    PDType0Font currentFont = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      PDType0Font font = has(first, cp) ? first : has(chinese, cp) ? chinese : first;
      String piece = font == first && !has(first, cp) ? "?" : new String(Character.toChars(cp));
      if (currentFont != null && font != currentFont) {
        runs.add(new Run(currentFont, current.toString()));
        current.setLength(0);
      }
      currentFont = font;
      current.append(piece);
    }
    if (currentFont != null) {
      runs.add(new Run(currentFont, current.toString()));
    }
    return runs;
  }

  private static boolean has(PDType0Font font, int codePoint) {
    if (Character.isISOControl(codePoint)) {
      return false;
    }
    return font.getCmapLookup() != null && font.getCmapLookup().getGlyphId(codePoint) != 0;
  }

  /** The width of {@code text} in points at {@code size}. */
  float width(String text, Style style, float size) {
    float total = 0;
    for (Run run : runs(text, style)) {
      try {
        total += run.font().getStringWidth(run.text()) / 1000f * size;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return total;
  }
}
