package io.abacus.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class PngTest {
  @TempDir Path dir;

  @AfterEach
  void tearDown() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void writesEveryPixelAndAlphaOnlyWhenTheImageHasTransparency() throws Exception {
    FxToolkit.registerPrimaryStage();
    WritableImage image = new WritableImage(3, 2);
    image.getPixelWriter().setArgb(0, 0, 0xff112233);
    image.getPixelWriter().setArgb(2, 1, 0x80445566);
    Path file = dir.resolve("a/b/image.png");

    Png.write(image, file);

    BufferedImage read = ImageIO.read(file.toFile());
    assertThat(read.getWidth()).isEqualTo(3);
    assertThat(read.getHeight()).isEqualTo(2);
    assertThat(read.getColorModel().hasAlpha()).isTrue();
    assertThat(read.getRGB(0, 0)).isEqualTo(0xff112233);
    // JavaFX keeps the pixels premultiplied, so compare with what it reads back, not the literal.
    assertThat(read.getRGB(2, 1)).isEqualTo(image.getPixelReader().getArgb(2, 1));
    assertThat(read.getRGB(2, 1) >>> 24).isEqualTo(0x80);
    assertThat(read.getRGB(1, 0)).isZero();
  }

  @Test
  void shootsASceneAsAnOpaqueImage() throws Exception {
    FxToolkit.registerPrimaryStage();
    Scene[] scene = new Scene[1];
    // A scene of its own, in no window: the primary stage is shared by the JVM's tests, and one
    // may have sized or themed it.
    FxToolkit.setupFixture(
        () -> {
          Rectangle red = new Rectangle(10, 10, Color.RED);
          Pane root = new Pane(red);
          root.setStyle("-fx-background-color: white;");
          scene[0] = new Scene(root, 40, 20, Color.WHITE);
        });
    Path file = dir.resolve("scene.png");

    Png.shoot(scene[0], file);

    BufferedImage read = ImageIO.read(file.toFile());
    assertThat(read.getColorModel().hasAlpha()).isFalse();
    assertThat(read.getWidth()).isEqualTo(40);
    assertThat(read.getHeight()).isEqualTo(20);
    assertThat(read.getRGB(5, 5)).isEqualTo(0xffff0000);
    assertThat(read.getRGB(30, 15)).isEqualTo(0xffffffff);
  }
}
