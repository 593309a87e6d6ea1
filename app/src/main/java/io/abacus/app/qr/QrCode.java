package io.abacus.app.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as a grid of modules (ZXing), with medium error correction and the standard quiet zone,
 * so phone wallets scan it from a screen.
 */
public final class QrCode {
  private final BitMatrix matrix;

  private QrCode(BitMatrix matrix) {
    this.matrix = matrix;
  }

  /**
   * Encodes {@code text} (an address or an EIP-681 payment URI).
   *
   * @throws IllegalArgumentException if the text is empty or too long for a QR code
   */
  public static QrCode encode(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("nothing to encode");
    }
    try {
      BitMatrix m =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
      return new QrCode(m);
    } catch (WriterException e) {
      throw new IllegalArgumentException("the text is too long for a QR code", e);
    }
  }

  /** Modules per side, quiet zone included. */
  public int size() {
    return matrix.getWidth();
  }

  /** True for a dark module. */
  public boolean isDark(int x, int y) {
    return matrix.get(x, y);
  }

  /** Grey-scale pixels (0 dark, 255 light), {@code scale} pixels per module, row by row. */
  public byte[] luminance(int scale) {
    int side = size() * scale;
    byte[] pixels = new byte[side * side];
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        pixels[y * side + x] = isDark(x / scale, y / scale) ? 0 : (byte) 255;
      }
    }
    return pixels;
  }
}
