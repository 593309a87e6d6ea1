package io.abacus.app.qr;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Renders a {@link QrCode} into a JavaFX image, black on white whatever the theme. */
public final class QrImages {
  private QrImages() {}

  /** An image about {@code pixels} wide, whole pixels per module so it stays sharp. */
  public static Image render(QrCode code, int pixels) {
    int scale = Math.max(1, pixels / code.size());
    int side = code.size() * scale;
    WritableImage image = new WritableImage(side, side);
    PixelWriter w = image.getPixelWriter();
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        w.setColor(x, y, code.isDark(x / scale, y / scale) ? Color.BLACK : Color.WHITE);
      }
    }
    return image;
  }
}
