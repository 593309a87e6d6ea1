package io.abacus.app.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.accounts.AccountsViewModel;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** One token registry: a token added on Accounts is offered on Receive and paid on Send. */
@WithAnvil
class TokenAcrossPagesFlowTest {
  static final String BOB = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
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
  void aTokenAddedOnAccountsCanBeRequestedAndPaid(Anvil anvil) throws Exception {
    window = new PaymentsWindow(data).open(anvil.rpcUrl(), anvil.chainId());
    Address me = window.window().session().selectedAccountProperty().get().address();
    Address token =
        Testbed.deployToken(anvil, anvil.account(3), me, new BigInteger("100000000000000000000"));

    robot.clickOn("#nav-accounts");
    robot.clickOn("#accounts-token-address").write(token.toString());
    robot.clickOn("#accounts-token-add");
    @SuppressWarnings("unchecked")
    TableView<AccountsViewModel.Row> accounts =
        robot.lookup("#accounts-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> accounts.getItems().stream().anyMatch(r -> r.tokens().equals("100 DMD")));

    robot.clickOn("#nav-receive");
    @SuppressWarnings("unchecked")
    ComboBox<Asset> requestAsset = robot.lookup("#receive-asset").queryAs(ComboBox.class);
    assertThat(requestAsset.getItems()).extracting(Asset::symbol).containsExactly("ETH", "DMD");

    robot.clickOn("#nav-send");
    @SuppressWarnings("unchecked")
    ComboBox<Asset> asset = robot.lookup("#send-asset").queryAs(ComboBox.class);
    assertThat(asset.getItems()).extracting(Asset::symbol).containsExactly("ETH", "DMD");
    robot.interact(() -> asset.setValue(asset.getItems().get(1)));
    robot.clickOn("#send-recipient").write(BOB);
    robot.clickOn("#send-amount").write("12.5");
    robot.clickOn("#send-review");
    assertThat(label("#review-amount")).isEqualTo("12.5 DMD");
    robot.clickOn("#send-password").write(Testbed.PASSWORD);
    robot.clickOn("#send-sign");
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            label("#send-status").startsWith("Confirmed in block")
                || !label("#send-error").isEmpty());
    assertThat(label("#send-error")).isEmpty();
    assertThat(Testbed.tokenBalance(anvil, token, Address.parse(BOB)))
        .isEqualTo(new BigInteger("12500000000000000000"));
  }

  String label(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
