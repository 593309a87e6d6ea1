package io.abacus.app.cli.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.wallet.secret.SecretBytes;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the files and secrets commands take: a path or {@code -} for standard input (once per run),
 * exact content except one trailing newline; passwords from a file or a terminal prompt, never from
 * an argument. Also prints the one JSON object of {@code --json}.
 */
public final class CliInput {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CliContext context;
  private boolean stdinUsed;

  public CliInput(CliContext context) {
    this.context = context;
  }

  /** The bytes of {@code source} ({@code -} = stdin), minus one trailing newline. Wipe them. */
  public byte[] readBytes(String source, String what) {
    return readBytes(source, what, Integer.MAX_VALUE - 8);
  }

  /**
   * Like {@link #readBytes(String, String)}, but a source larger than {@code maxBytes} is refused,
   * naming the limit, without being read.
   */
  public byte[] readBytes(String source, String what, int maxBytes) {
    byte[] raw = readRaw(source, what, maxBytes);
    int end = raw.length;
    if (end > 0 && raw[end - 1] == '\n') {
      end--;
      if (end > 0 && raw[end - 1] == '\r') {
        end--;
      }
    }
    if (end == raw.length) {
      return raw;
    }
    byte[] trimmed = Arrays.copyOf(raw, end);
    SecretBytes.wipe(raw);
    return trimmed;
  }

  /** The UTF-8 text of {@code source} as chars (wipe them after use). */
  public char[] readChars(String source, String what) {
    return readChars(source, what, Integer.MAX_VALUE - 8);
  }

  /** Like {@link #readChars(String, String)}, refusing a source larger than {@code maxBytes}. */
  public char[] readChars(String source, String what, int maxBytes) {
    byte[] bytes = readBytes(source, what, maxBytes);
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      char[] out = new char[chars.remaining()];
      chars.get(out);
      Arrays.fill(chars.array(), '\0');
      return out;
    } catch (CharacterCodingException e) {
      throw new UserException(what + " " + source + " is not UTF-8 text");
    } finally {
      SecretBytes.wipe(bytes);
    }
  }

  /**
   * A password from {@code file} if given, else prompted on the terminal.
   *
   * @param option the option name to mention when neither is possible
   */
  public char[] password(String file, String option, String prompt) {
    if (file != null) {
      return readChars(file, "password file");
    }
    Console console = System.console();
    if (console == null) {
      throw new UserException(
          "no password given: use "
              + option
              + " FILE (or - for standard input), or run in a"
              + " terminal to be prompted");
    }
    char[] pw = console.readPassword("%s: ", prompt);
    if (pw == null) {
      throw new UserException("no password entered");
    }
    return pw;
  }

  /** A new password: from {@code file}, or prompted twice. */
  public char[] newPassword(String file, String option, String prompt) {
    char[] first = password(file, option, prompt);
    if (file == null) {
      char[] again = password(null, option, "Repeat " + prompt.toLowerCase(java.util.Locale.ROOT));
      boolean same = Arrays.equals(first, again);
      SecretBytes.wipe(again);
      if (!same) {
        SecretBytes.wipe(first);
        throw new UserException("the two passwords differ; nothing was changed");
      }
    }
    if (first.length == 0) {
      throw new UserException("the password is empty; choose one");
    }
    return first;
  }

  /** A new JSON object to fill and {@link #printJson}. */
  public ObjectNode json() {
    return JSON.createObjectNode();
  }

  /** Prints exactly one JSON object on standard output. */
  public void printJson(ObjectNode node) {
    try {
      context.out().println(JSON.writeValueAsString(node));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] readRaw(String source, String what, int maxBytes) {
    if (source.equals("-")) {
      if (stdinUsed) {
        throw new UserException("standard input (-) can be used for only one file per command");
      }
      stdinUsed = true;
      byte[] all = readAll(context.in(), what, maxBytes);
      if (all.length > maxBytes) {
        SecretBytes.wipe(all);
        throw tooLarge(what, "standard input", maxBytes);
      }
      return all;
    }
    Path path = Path.of(source);
    try {
      if (Files.size(path) > maxBytes) {
        throw tooLarge(what, source, maxBytes);
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UserException(what + " " + source + " does not exist");
    } catch (IOException e) {
      throw new UserException("cannot read " + what + " " + source + ": " + e.getMessage());
    }
  }

  private static UserException tooLarge(String what, String source, int maxBytes) {
    String limit = maxBytes % 1024 == 0 ? (maxBytes / 1024) + " KiB" : maxBytes + " bytes";
    return new UserException(what + " " + source + " is larger than the limit of " + limit);
  }

  private static byte[] readAll(InputStream in, String what, int maxBytes) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    byte[] chunk = new byte[4096];
    try {
      for (int n = in.read(chunk); n >= 0 && buffer.size() <= maxBytes; n = in.read(chunk)) {
        buffer.write(chunk, 0, n);
      }
      return buffer.toByteArray();
    } catch (IOException e) {
      throw new UserException("cannot read " + what + " from standard input: " + e.getMessage());
    } finally {
      SecretBytes.wipe(chunk);
    }
  }

  /** Parses hex (optional 0x) from ASCII bytes without making a String. Wipe the result. */
  public static byte[] parseHexKey(byte[] text, String what) {
    int start = text.length >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') ? 2 : 0;
    int end = text.length;
    while (end > start && Character.isWhitespace(text[end - 1])) {
      end--;
    }
    if (end - start != 64) {
      throw new UserException(what + " must hold 64 hex digits (32 bytes), optionally after 0x");
    }
    byte[] out = new byte[32];
    for (int i = 0; i < 32; i++) {
      int hi = Character.digit(text[start + 2 * i], 16);
      int lo = Character.digit(text[start + 2 * i + 1], 16);
      if (hi < 0 || lo < 0) {
        SecretBytes.wipe(out);
        throw new UserException(what + " holds a character that is not a hex digit");
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return out;
  }
}
