package io.abacus.app.cli.common;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --chain-id}: a positive whole number that fits a long, refused in the user's terms
 * (picocli's own message says "is not a long").
 */
public final class ChainIdConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String text) {
    String t = text == null ? "" : text.strip();
    if (!t.matches("[0-9]{1,18}") || Long.parseLong(t) == 0) {
      throw new TypeConversionException(
          "a chain id is a positive whole number of at most 18 digits, not '"
              + (t.length() > 20 ? t.substring(0, 20) + "..." : t)
              + "'");
    }
    return Long.parseLong(t);
  }
}
