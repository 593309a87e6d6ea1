package io.abacus.app.cli.common;

import io.abacus.app.cli.UserException;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.signing.PrivateKeySigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a private key file (64 hex digits, with or without 0x, surrounding white space ignored).
 * Errors never quote the file's content; every intermediate array is wiped.
 */
public final class KeyFile {
  private KeyFile() {}

  /** A signer owning the key; close it to wipe the key. */
  public static PrivateKeySigner signer(Path file) {
    byte[] raw;
    try {
      raw = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserException("key file " + file + " does not exist");
    } catch (IOException e) {
      throw new UserException("cannot read key file " + file + ": " + e.getMessage());
    }
    byte[] key = new byte[32];
    try {
      int start = 0;
      int end = raw.length;
      while (start < end && Character.isWhitespace(raw[start])) {
        start++;
      }
      while (end > start && Character.isWhitespace(raw[end - 1])) {
        end--;
      }
      if (end - start >= 2
          && raw[start] == '0'
          && (raw[start + 1] == 'x' || raw[start + 1] == 'X')) {
        start += 2;
      }
      if (end - start != 64) {
        throw new UserException(
            "key file "
                + file
                + " must hold 64 hex digits (32 bytes), optionally with 0x; it holds "
                + (end - start)
                + " characters");
      }
      for (int i = 0; i < 32; i++) {
        int hi = Character.digit(raw[start + 2 * i], 16);
        int lo = Character.digit(raw[start + 2 * i + 1], 16);
        if (hi < 0 || lo < 0) {
          throw new UserException("key file " + file + " contains a character that is not hex");
        }
        key[i] = (byte) (hi << 4 | lo);
      }
      return PrivateKeySigner.owning(SecretBytes.takeOwnership(key));
    } catch (IllegalArgumentException e) {
      SecretBytes.wipe(key);
      throw new UserException("key file " + file + " does not hold a valid secp256k1 private key");
    } catch (UserException e) {
      SecretBytes.wipe(key);
      throw e;
    } finally {
      SecretBytes.wipe(raw);
    }
  }
}
