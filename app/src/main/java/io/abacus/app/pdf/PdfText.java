package io.abacus.app.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Breaks text into lines that fit a width: at spaces where there are any, between any two
 * characters otherwise (Chinese text, hashes and addresses), and at every newline. A short leading
 * token such as a list number ("2.", "(a)", "•") stays with the text after it.
 */
final class PdfText {
  /** A list number or bullet: never left alone at the end of a line. */
  private static final Pattern LEADER = Pattern.compile("\\d{1,3}[.)、]|\\(\\w{1,3}\\)|[•·\\-–*]");

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
    int prevSpace = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      i += ch.length();
      float w = fonts.width(ch, style, size);
      if (lineWidth + w > width && line.length() > 0) {
        if (cp == ' ' && !(lastSpace > 0 && leader(line.substring(lastSpace + 1)))) {
          out.add(line.toString().stripTrailing());
          line.setLength(0);
          lineWidth = 0;
          lastSpace = -1;
          prevSpace = -1;
          continue;
        }
        if (cp == ' ') {
          prevSpace = lastSpace; // the line ends in a list number: it goes to the next line
        }
        if (lastSpace > 0 && leader(line.substring(prevSpace + 1, lastSpace))) {
          lastSpace = prevSpace; // break before the list number, or else between characters
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
        lastSpace = line.lastIndexOf(" ");
        prevSpace = lastSpace > 0 ? line.lastIndexOf(" ", lastSpace - 1) : -1;
      }
      if (cp == ' ') {
        prevSpace = lastSpace;
        lastSpace = line.length();
      }
      line.append(ch);
      lineWidth += w;
    }
    out.add(line.toString());
  }

  private static boolean leader(String token) {
    return LEADER.matcher(token).matches();
  }
}
