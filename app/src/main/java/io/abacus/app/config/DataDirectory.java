package io.abacus.app.config;

import io.abacus.wallet.storage.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where Abacus keeps user data (wallets, indexes, settings, logs): the per-OS application data
 * folder, unless {@code --data-dir} or the {@code ABACUS_DATA_DIR} environment variable says
 * otherwise. Never inside the install folder.
 */
public final class DataDirectory {
  public static final String ENV_VAR = "ABACUS_DATA_DIR";

  /** Folders of the data folder that hold private data; kept owner-only (0700 on POSIX). */
  public static final List<String> PRIVATE_FOLDERS =
      List.of("wallets", "logs", "indexes", "sandbox");

  private DataDirectory() {}

  /**
   * Creates the data folder if needed and makes it, and those of {@link #PRIVATE_FOLDERS} that
   * exist, owner-only (0700 on POSIX; older versions left them 0755). {@code logs} is created too.
   * Files inside are written owner-only by {@link io.abacus.wallet.storage.AtomicFile}.
   */
  public static Path prepare(Path dataDirectory) throws IOException {
    PrivateFiles.ownFolder(dataDirectory);
    PrivateFiles.ownFolder(dataDirectory.resolve("logs"));
    for (String name : PRIVATE_FOLDERS) {
      Path folder = dataDirectory.resolve(name);
      if (Files.isDirectory(folder)) {
        PrivateFiles.ownFolder(folder);
      }
    }
    return dataDirectory;
  }

  /** Resolves for the running process. */
  public static Path resolve(Path cliOverride) {
    return resolve(
        cliOverride,
        System.getenv(),
        System.getProperty("os.name"),
        System.getProperty("user.home"));
  }

  /**
   * Resolves the data folder: the command-line override first, then {@value #ENV_VAR}, then the
   * platform default (Linux {@code $XDG_DATA_HOME/abacus} or {@code ~/.local/share/abacus}; Windows
   * {@code %APPDATA%\Abacus}; macOS {@code ~/Library/Application Support/Abacus}).
   */
  public static Path resolve(
      Path cliOverride, Map<String, String> env, String osName, String userHome) {
    if (cliOverride != null) {
      return cliOverride.toAbsolutePath().normalize();
    }
    String fromEnv = env.get(ENV_VAR);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv).toAbsolutePath().normalize();
    }
    String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base =
          appData != null && !appData.isBlank()
              ? Path.of(appData)
              : Path.of(userHome, "AppData", "Roaming");
      return base.resolve("Abacus");
    }
    if (os.startsWith("mac")) {
      return Path.of(userHome, "Library", "Application Support", "Abacus");
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "abacus");
    }
    return Path.of(userHome, ".local", "share", "abacus");
  }
}
