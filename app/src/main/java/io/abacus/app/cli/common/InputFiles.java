package io.abacus.app.cli.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.UserException;
import io.abacus.wallet.storage.InputLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads user-given files with one-line errors naming the file. */
public final class InputFiles {
  // Big decimals, so a quantity written as a JSON float (1e18) is read exactly, never via double.
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private InputFiles() {}

  public static byte[] bytes(Path file, String what) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserException(what + " " + file + " does not exist");
    } catch (IOException e) {
      throw new UserException("cannot read " + what + " " + file + ": " + e.getMessage());
    }
  }

  /** Like {@link #bytes(Path, String)}, refusing a file over {@code limit} bytes (named). */
  public static byte[] bytes(Path file, String what, long limit) {
    try {
      return InputLimits.read(file, what, limit);
    } catch (InputLimits.InputTooLargeException e) {
      throw new UserException(e.getMessage());
    } catch (NoSuchFileException e) {
      throw new UserException(what + " " + file + " does not exist");
    } catch (IOException e) {
      throw new UserException("cannot read " + what + " " + file + ": " + e.getMessage());
    }
  }

  public static String text(Path file, String what) {
    return new String(bytes(file, what), StandardCharsets.UTF_8);
  }

  /** Like {@link #text(Path, String)}, refusing a file over {@code limit} bytes (named). */
  public static String text(Path file, String what, long limit) {
    return new String(bytes(file, what, limit), StandardCharsets.UTF_8);
  }

  public static JsonNode json(Path file, String what) {
    return parse(file, what, text(file, what));
  }

  /** Like {@link #json(Path, String)}, refusing a file over {@code limit} bytes (named). */
  public static JsonNode json(Path file, String what, long limit) {
    return parse(file, what, text(file, what, limit));
  }

  private static JsonNode parse(Path file, String what, String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UserException(what + " " + file + " is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
