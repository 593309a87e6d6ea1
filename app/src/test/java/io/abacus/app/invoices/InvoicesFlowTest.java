package io.abacus.app.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.PaymentsWindow;
import io.abacus.app.payments.Testbed;
import io.abacus.app.pdf.PdfPreview;
import io.abacus.app.shell.Section;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.InvoiceStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Create an invoice in the app, pay it from another dev account, see it paid, print it. */
@WithAnvil
class InvoicesFlowTest {
  @TempDir Path data;
  final FxRobot robot = new FxRobot();
  PaymentsWindow window;

  @AfterEach
  void close() throws Exception {
    if (window != null) {
      window.close();
    }
  }

  @Test
  void anInvoicePaidFromAnotherAccountTurnsPaidWithABadgeAndPrints(Anvil anvil) throws Exception {
    window = new PaymentsWindow(data).open(anvil.rpcUrl(), anvil.chainId());
    Address me = window.window().session().selectedAccountProperty().get().address();

    robot.clickOn("#nav-invoices");
    robot.clickOn("#invoice-amount").write("0.5");
    robot.clickOn("#invoice-customer").write("Acme");
    robot.clickOn("#invoice-create");
    @SuppressWarnings("unchecked")
    TableView<InvoiceState> table = robot.lookup("#invoice-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
    assertThat(text("#invoices-message")).contains("0.500001 ETH");
    Label badge = robot.lookup("#badge-invoices").queryAs(Label.class);
    assertThat(badge.isVisible()).isFalse();

    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", anvil.account(5).address());
    tx.put("to", me.toString());
    tx.put("value", Quantities.toHex(Quantities.parseEther("0.500001")));
    Testbed.awaitReceipt(anvil, anvil.call("eth_sendTransaction", tx).asText());

    fire("#invoice-sync");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> table.getItems().get(0).status() == InvoiceStatus.PAID);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(badge.isVisible()).isTrue();
    assertThat(badge.getText()).isEqualTo("1");

    Path pdf = data.resolve("INV-0001.pdf");
    robot.interact(
        () -> {
          table.getSelectionModel().select(0);
          robot.lookup("#invoice-pdf-path").queryAs(TextField.class).setText(pdf.toString());
        });
    fire("#invoice-pdf");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(pdf));
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(PdfPreview.pages(bytes)).isEqualTo(1);
    Path png = Path.of("target", "invoice-pdf", "flow-page1.png");
    Files.createDirectories(png.getParent());
    PdfPreview.writePng(bytes, 0, 80, png);
    assertThat(Files.size(png)).isPositive();

    robot.clickOn("#nav-activity");
    robot.clickOn("#nav-invoices");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(badge.isVisible()).isFalse();

    // The payment's hash in the detail opens the explorer's transaction view.
    robot.interact(() -> table.getSelectionModel().select(0));
    WaitForAsyncUtils.waitForFxEvents();
    Hyperlink paid = robot.lookup(".invoice-payment-hash").queryAs(Hyperlink.class);
    String hash = table.getItems().get(0).payments().get(0).payment().hash();
    assertThat(paid.getText()).isEqualTo(hash);
    robot.interact(paid::fire);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.window().mainModel().sectionProperty().get()).isEqualTo(Section.EXPLORER);
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            robot
                .from(robot.lookup("#explorer-tx-hash").queryAs(Node.class))
                .lookup(".hyperlink")
                .queryLabeled()
                .getText()
                .equalsIgnoreCase(hash));
  }

  private void fire(String id) {
    robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
  }

  private String text(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
