package io.abacus.app.ui;

import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;

/**
 * The folder file choosers open in: the last folder the user chose a file in, else their home
 * folder (never the folder Abacus was started from). Kept in {@code recent-folder.txt} in the data
 * folder, so it outlives a language switch and a restart.
 */
public final class RecentFolder {
  private final Path file;
  private Path remembered;

  private RecentFolder(Path file) {
    this.file = file;
  }

  /** The folder remembered in {@code dataDirectory}. */
  public static RecentFolder in(Path dataDirectory) {
    return new RecentFolder(dataDirectory.resolve("recent-folder.txt"));
  }

  /** A memory for this run only (nothing is written): starts at the home folder. */
  public static RecentFolder forThisRun() {
    return new RecentFolder(null);
  }

  /** The user's home folder. */
  public static Path home() {
    return Path.of(System.getProperty("user.home"));
  }

  /** The last folder used if it still exists, else the home folder. */
  public Path folder() {
    return remembered().filter(Files::isDirectory).orElse(home());
  }

  /** Remembers the folder of {@code chosen} (a file, or a folder itself). */
  public void remember(Path chosen) {
    Path folder = Files.isDirectory(chosen) ? chosen : chosen.toAbsolutePath().getParent();
    if (folder == null) {
      return;
    }
    remembered = folder;
    if (file != null) {
      try {
        AtomicFile.write(file, folder.toString().getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // Only a convenience: the chooser opens in the home folder next time.
      }
    }
  }

  /** Opens {@code chooser} in {@link #folder()}. */
  public void applyTo(FileChooser chooser) {
    chooser.setInitialDirectory(folder().toFile());
  }

  private Optional<Path> remembered() {
    if (remembered == null && file != null) {
      try {
        remembered =
            AtomicFile.read(file)
                .map(b -> new String(b, StandardCharsets.UTF_8).strip())
                .filter(s -> !s.isEmpty())
                .map(Path::of)
                .orElse(null);
      } catch (IOException | java.nio.file.InvalidPathException e) {
        remembered = null;
      }
    }
    return Optional.ofNullable(remembered);
  }
}
