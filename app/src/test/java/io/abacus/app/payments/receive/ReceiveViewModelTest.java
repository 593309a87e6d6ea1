package io.abacus.app.payments.receive;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.abacus.app.payments.Testbed;
import io.abacus.app.payments.store.SavedRequest;
import io.abacus.app.qr.QrCode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.token.Token;
import io.abacus.wallet.uri.PaymentRequest;
import io.abacus.wallet.uri.PaymentUri;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receive: address QR, EIP-681 request URIs and QR codes, saved requests marked paid. */
class ReceiveViewModelTest {
  static final Address TOKEN = Address.parse("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48");
  @TempDir Path data;

  Testbed bed() throws Exception {
    // No node is contacted on this page.
    return new Testbed(data, "http://127.0.0.1:9", 31337);
  }

  @Test
  void addressIsShownAsQr() throws Exception {
    Testbed t = bed();
    ReceiveViewModel m = new ReceiveViewModel(t.ctx, t.i18n);
    m.load();
    assertThat(m.addressProperty().get()).isEqualTo(t.account().toString());
    assertThat(decode(m.addressQrProperty().get())).isEqualTo(t.account().toString());
  }

  @Test
  void etherRequestBuildsAnEip681UriAndAScannableQrAndIsSaved() throws Exception {
    Testbed t = bed();
    ReceiveViewModel m = new ReceiveViewModel(t.ctx, t.i18n);
    m.load();
    assertThat(m.assetProperty().get().symbol()).isEqualTo("ETH");
    m.amountProperty().set("1.5");
    m.memoProperty().set("invoice 42");
    assertThat(m.createRequest()).isTrue();
    String uri = m.requestUriProperty().get();
    assertThat(uri).isEqualTo("ethereum:" + t.account() + "@31337?value=1.5e18");
    assertThat(decode(m.requestQrProperty().get())).isEqualTo(uri);
    PaymentRequest.Ether parsed = (PaymentRequest.Ether) PaymentUri.parse(uri);
    assertThat(parsed.value()).contains(new BigInteger("1500000000000000000"));

    ReceiveViewModel again = new ReceiveViewModel(t.ctx, t.i18n);
    again.load();
    assertThat(again.requests()).hasSize(1);
    SavedRequest saved = again.requests().get(0);
    assertThat(saved.memo()).isEqualTo("invoice 42");
    assertThat(saved.paid()).isFalse();
    assertThat(again.describe(saved)).isEqualTo("1.5 ETH · invoice 42");
    again.setPaid(saved, true);
    assertThat(again.requests().get(0).paid()).isTrue();
    assertThat(t.ctx.requests().all().get(0).paid()).isTrue();
    assertThat(Files.readString(data.resolve("payments/requests.json")))
        .contains("\"version\" : 1");
  }

  @Test
  void tokenRequestUsesTransferWithTheTokensDecimals() throws Exception {
    Testbed t = bed();
    t.ctx.tokens().add(t.network(), new Token(TOKEN, "USDC", 6));
    ReceiveViewModel m = new ReceiveViewModel(t.ctx, t.i18n);
    m.load();
    m.assetProperty().set(m.assets().get(1));
    m.amountProperty().set("25");
    assertThat(m.createRequest()).isTrue();
    assertThat(m.requestUriProperty().get())
        .isEqualTo(
            "ethereum:" + TOKEN + "@31337/transfer?address=" + t.account() + "&uint256=2.5e7");
    assertThat(decode(m.requestQrProperty().get())).isEqualTo(m.requestUriProperty().get());
    m.amountProperty().set("");
    assertThat(m.createRequest()).isTrue();
    assertThat(m.requestUriProperty().get()).doesNotContain("uint256");
    assertThat(m.describe(m.requests().get(0))).isEqualTo("any amount");
  }

  @Test
  void invalidAmountIsRefusedAndNothingSaved() throws Exception {
    Testbed t = bed();
    t.ctx.tokens().add(t.network(), new Token(TOKEN, "USDC", 6));
    ReceiveViewModel m = new ReceiveViewModel(t.ctx, t.i18n);
    m.load();
    m.assetProperty().set(m.assets().get(1));
    m.amountProperty().set("1.0000001");
    assertThat(m.createRequest()).isFalse();
    assertThat(m.amountErrorProperty().get()).contains("6 decimal places");
    m.amountProperty().set("abc");
    assertThat(m.createRequest()).isFalse();
    assertThat(m.requests()).isEmpty();
    assertThat(t.ctx.requests().all()).isEmpty();
  }

  static String decode(QrCode code) throws Exception {
    int scale = 4;
    int side = code.size() * scale;
    PlanarYUVLuminanceSource source =
        new PlanarYUVLuminanceSource(code.luminance(scale), side, side, 0, 0, side, side, false);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
  }
}
