package io.abacus.app.desktop;

import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the window was and how big, kept in {@code window.properties} of the data folder (written
 * atomically). A missing or damaged file means "no remembered place".
 *
 * @param x left edge in screen coordinates
 * @param y top edge in screen coordinates
 * @param width width of the window
 * @param height height of the window
 * @param maximized whether the window was maximised
 */
record WindowState(double x, double y, double width, double height, boolean maximized) {
  private static final String FILE = "window.properties";

  /** The state remembered in {@code dataDirectory}, if any can be read. */
  static Optional<WindowState> load(Path dataDirectory) {
    try {
      Optional<byte[]> bytes = AtomicFile.read(dataDirectory.resolve(FILE));
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      Properties p = new Properties();
      p.load(new StringReader(new String(bytes.get(), StandardCharsets.UTF_8)));
      WindowState s =
          new WindowState(
              Double.parseDouble(p.getProperty("x")),
              Double.parseDouble(p.getProperty("y")),
              Double.parseDouble(p.getProperty("width")),
              Double.parseDouble(p.getProperty("height")),
              Boolean.parseBoolean(p.getProperty("maximized")));
      return s.width() > 0
              && s.height() > 0
              && Double.isFinite(s.x() + s.y() + s.width() + s.height())
          ? Optional.of(s)
          : Optional.empty();
    } catch (IOException | RuntimeException damaged) {
      return Optional.empty();
    }
  }

  /** Remembers this state in {@code dataDirectory}. */
  void save(Path dataDirectory) throws IOException {
    Properties p = new Properties();
    p.setProperty("x", Double.toString(x));
    p.setProperty("y", Double.toString(y));
    p.setProperty("width", Double.toString(width));
    p.setProperty("height", Double.toString(height));
    p.setProperty("maximized", Boolean.toString(maximized));
    StringWriter out = new StringWriter();
    p.store(out, "Abacus window");
    AtomicFile.write(dataDirectory.resolve(FILE), out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
