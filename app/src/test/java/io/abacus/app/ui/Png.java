package io.abacus.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * The one way the tests and the screenshot programs write what JavaFX drew to a PNG file: the
 * pixels are read in one bulk call (not pixel by pixel), the file has an alpha channel only when
 * the image has a pixel that is not opaque, and the folder is created when missing.
 */
public final class Png {
  private Png() {}

  /**
   * Takes a snapshot of {@code scene} on the FX thread (after a layout pass) and writes it to
   * {@code file}; call it from any thread but the FX thread.
   */
  public static void shoot(Scene scene, Path file) throws IOException, InterruptedException {
    CompletableFuture<WritableImage> shot = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            scene.getRoot().layout();
            shot.complete(scene.snapshot(null));
          } catch (RuntimeException | Error e) {
            shot.completeExceptionally(e);
          }
        });
    try {
      write(shot.get(30, TimeUnit.SECONDS), file);
    } catch (ExecutionException e) {
      throw new IllegalStateException("snapshot of the window failed", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the FX thread did not take the snapshot within 30 s", e);
    }
  }

  /** Writes {@code image} to {@code file} as PNG, creating its folder when missing. */
  public static void write(Image image, Path file) throws IOException {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    int[] argb = new int[w * h];
    image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    BufferedImage png =
        new BufferedImage(
            w, h, opaque(argb) ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
    png.setRGB(0, 0, w, h, argb, 0, w);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (!ImageIO.write(png, "png", file.toFile())) {
      throw new IOException("no PNG writer for " + file);
    }
  }

  private static boolean opaque(int[] argb) {
    for (int p : argb) {
      if (p >>> 24 != 0xff) {
        return false;
      }
    }
    return true;
  }
}
