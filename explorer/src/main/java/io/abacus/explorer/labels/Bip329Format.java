package io.abacus.explorer.labels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.storage.InputLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes BIP-329 wallet label files: UTF-8 JSON Lines, one object per line with {@code
 * type}, {@code ref} and optional {@code label} (the format Sparrow and other wallets use). Reading
 * is line by line: a bad line is reported and the others still count, as the BIP intends.
 */
public final class Bip329Format {
  /** The longest line read; a record is a type, a reference and a short label. */
  public static final int MAX_LINE_CHARS = 16 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(8)
                .maxStringLength(MAX_LINE_CHARS)
                .build());
  }

  private Bip329Format() {}

  /** One line of a file: its record, or why it could not be read. */
  public record Line(int number, Bip329Record record, String error) {
    /** True when the line held a record. */
    public boolean ok() {
      return record != null;
    }
  }

  /**
   * Reads {@code file}; blank lines are skipped.
   *
   * @throws LabelFileException when the file is missing, over {@link InputLimits#LABELS_FILE} or
   *     not UTF-8 text
   */
  public static List<Line> read(Path file) {
    try {
      // The cap every labels file has (InputLimits): the bytes are counted as they are read, so
      // an endless file such as /dev/zero stops at the limit too.
      byte[] bytes = InputLimits.read(file, "labels file", InputLimits.LABELS_FILE);
      return read(new java.io.ByteArrayInputStream(bytes));
    } catch (InputLimits.InputTooLargeException e) {
      throw new LabelFileException(e.getMessage());
    } catch (CharacterCodingException e) {
      throw new LabelFileException(file.getFileName() + " is not UTF-8 text");
    } catch (IOException e) {
      throw new LabelFileException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Reads JSON Lines from {@code in} (UTF-8, malformed bytes refused). */
  static List<Line> read(InputStream in) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
      StringBuilder text = new StringBuilder();
      int number = 0;
      boolean tooLong;
      do {
        number++;
        tooLong = false;
        text.setLength(0);
        int ch;
        while ((ch = reader.read()) != -1 && ch != '\n') {
          if (text.length() <= MAX_LINE_CHARS) {
            text.append((char) ch); // past the limit the rest of the line is read, not kept
          } else {
            tooLong = true;
          }
        }
        if (tooLong) {
          lines.add(new Line(number, null, "longer than " + MAX_LINE_CHARS + " characters"));
        } else if (!text.toString().isBlank()) {
          String line = number == 1 ? stripBom(text.toString()) : text.toString();
          lines.add(
              parse(number, line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
        }
        if (ch == -1) {
          break;
        }
      } while (true);
    }
    return lines;
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  static Line parse(int number, String text) {
    if (text.length() > MAX_LINE_CHARS) {
      return new Line(number, null, "longer than " + MAX_LINE_CHARS + " characters");
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return new Line(number, null, "not a JSON object");
    }
    if (node == null || !node.isObject()) {
      return new Line(number, null, "not a JSON object");
    }
    JsonNode type = node.get("type");
    JsonNode ref = node.get("ref");
    if (type == null || !type.isTextual() || ref == null || !ref.isTextual()) {
      return new Line(number, null, "needs \"type\" and \"ref\" strings");
    }
    JsonNode label = node.get("label");
    if (label != null && !label.isNull() && !label.isTextual()) {
      return new Line(number, null, "\"label\" must be a string");
    }
    String labelText = label == null || label.isNull() ? null : label.asText();
    return new Line(number, new Bip329Record(type.asText(), ref.asText(), labelText), null);
  }

  /** The JSON Lines text of {@code records}, one per line, each ending with {@code \n}. */
  public static String write(List<Bip329Record> records) {
    StringBuilder out = new StringBuilder();
    for (Bip329Record r : records) {
      ObjectNode o = JSON.createObjectNode();
      o.put("type", r.type());
      o.put("ref", r.ref());
      if (r.label() != null) {
        o.put("label", r.label());
      }
      out.append(o).append('\n');
    }
    return out.toString();
  }
}
