package io.abacus.app.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  @Test
  void encodedPaymentUriDecodesBackExactly() throws Exception {
    String uri =
        "ethereum:0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48@1/transfer"
            + "?address=0x70997970C51812dc3A010C7d01b50e0d17dc79C8&uint256=2.5e6";
    assertThat(decode(QrCode.encode(uri))).isEqualTo(uri);
  }

  @Test
  void unicodeSurvives() throws Exception {
    String text = "ethereum:0x70997970C51812dc3A010C7d01b50e0d17dc79C8?message=咖啡";
    assertThat(decode(QrCode.encode(text))).isEqualTo(text);
  }

  @Test
  void emptyOrHugeTextIsRefused() {
    assertThatThrownBy(() -> QrCode.encode("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QrCode.encode("x".repeat(5000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too long");
  }

  private static String decode(QrCode code) throws Exception {
    int scale = 4;
    int side = code.size() * scale;
    PlanarYUVLuminanceSource source =
        new PlanarYUVLuminanceSource(code.luminance(scale), side, side, 0, 0, side, side, false);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
  }
}
