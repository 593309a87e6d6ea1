package io.abacus.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingTest {
  private static final String PREFIX = "org.slf4j.simpleLogger.";
  private static final String[] KEYS = {
    "logFile", "defaultLogLevel", "showDateTime", "dateTimeFormat"
  };

  @Test
  void theLogFileIsForTheUserOnly(@TempDir Path data) throws Exception {
    Map<String, String> saved = new HashMap<>();
    for (String k : KEYS) {
      saved.put(k, System.getProperty(PREFIX + k));
      System.clearProperty(PREFIX + k);
    }
    try {
      Logging.toDataFolder(data);
      Path log = data.resolve("logs/abacus.log");
      assertThat(System.getProperty(PREFIX + "logFile")).isEqualTo(log.toString());
      assertThat(log).exists();
      if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
            .isEqualTo("rw-------");
      }
    } finally {
      for (String k : KEYS) {
        if (saved.get(k) == null) {
          System.clearProperty(PREFIX + k);
        } else {
          System.setProperty(PREFIX + k, saved.get(k));
        }
      }
    }
  }
}
