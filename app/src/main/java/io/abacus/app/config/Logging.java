package io.abacus.app.config;

import io.abacus.wallet.storage.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends SLF4J (slf4j-simple) output to {@code logs/abacus.log} in the data folder, so the command
 * line's stdout and stderr stay exactly as documented. Must run before the first logger is made.
 * Nothing secret is ever logged: callers log addresses, hashes and sizes, never keys or passwords.
 */
public final class Logging {
  private static final String PREFIX = "org.slf4j.simpleLogger.";

  private Logging() {}

  /** Points the log at {@code dataDirectory/logs/abacus.log} unless already configured. */
  public static void toDataFolder(Path dataDirectory) {
    if (System.getProperty(PREFIX + "logFile") != null) {
      return;
    }
    Path logs = dataDirectory.resolve("logs");
    try {
      DataDirectory.prepare(dataDirectory);
      Path log = logs.resolve("abacus.log");
      if (!Files.exists(log)) {
        Files.createFile(log);
      }
      PrivateFiles.restrict(log); // 0600: slf4j-simple then writes into it, keeping that
      System.setProperty(PREFIX + "logFile", log.toString());
    } catch (IOException e) {
      // No writable data folder: keep logs on stderr, only warnings and errors.
      System.setProperty(PREFIX + "logFile", "System.err");
      System.setProperty(PREFIX + "defaultLogLevel", "warn");
      return;
    }
    System.setProperty(PREFIX + "defaultLogLevel", "info");
    System.setProperty(PREFIX + "showDateTime", "true");
    System.setProperty(PREFIX + "dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  }
}
