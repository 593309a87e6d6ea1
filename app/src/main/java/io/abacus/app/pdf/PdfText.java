package io.abacus.app.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces where there are any, between any two
 * characters otherwise (Chinese text, hashes and addresses), and at every newline.
 */
final class PdfText {

  private PdfText() {}

  static List<String> wrap(
      String text, PdfFonts fonts, PdfFonts.Style style, float size, float width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.replace("\r\n", "\n").split("\n", -1)) {
      wrapParagraph(paragraph.replace('\t', ' '), fonts, style, size, width, lines);
    }
    return lines;
  }

  private static void wrapParagraph(
      String text,
      PdfFonts fonts,
      PdfFonts.Style style,
      float size,
      float width,
      List<String> out) {
    StringBuilder line = new StringBuilder();
    float lineWidth = 0;
    int lastSpace = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      i += ch.length();
      float w = fonts.width(ch, style, size);
      if (lineWidth + w > width && line.length() > 0) {
        if (cp == ' ') {
          out.add(line.toString().stripTrailing());
          line.setLength(0);
          lineWidth = 0;
          lastSpace = -1;
          continue;
        }
        if (lastSpace > 0) {
          String rest = line.substring(lastSpace + 1);
          out.add(line.substring(0, lastSpace).stripTrailing());
          line.setLength(0);
          line.append(rest);
        } else {
          out.add(line.toString());
          line.setLength(0);
        }
        lineWidth = fonts.width(line.toString(), style, size);
        lastSpace = -1;
      }
      if (cp == ' ') {
        lastSpace = line.length();
      }
      line.append(ch);
      lineWidth += w;
    }
    out.add(line.toString());
  }
}
