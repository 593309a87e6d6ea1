package io.abacus.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.wallet.bip39.Mnemonic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The wallet gate in the real window: create with the backup check, lock, unlock, auto-lock. */
class WalletFlowTest {
  @TempDir Path data;
  private final FxRobot robot = new FxRobot();
  private WalletWindowFixture fixture;

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private boolean showing(String id) {
    return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
  }

  private void type(String id, String text) {
    robot.clickOn(id).write(text);
  }

  @Test
  void createWithBackupCheckThenLockAndUnlock() throws Exception {
    fixture = new WalletWindowFixture(data).open();
    assertThat(showing("#wallet-gate")).isTrue();
    assertThat(showing("#gate-unlock")).as("no wallet yet to unlock").isFalse();

    type("#create-name", "shop");
    type("#create-password", "correct horse 9");
    assertThat(robot.lookup("#create-strength").queryAs(Label.class).getText())
        .startsWith("Strength");
    type("#create-confirm", "correct horse 9");
    robot.clickOn("#create-next");
    List<String> words = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String text = robot.lookup("#create-word-" + i).queryAs(Label.class).getText();
      words.add(text.substring(text.indexOf(' ') + 1));
    }
    try (Mnemonic valid = Mnemonic.parse(String.join(" ", words))) {
      assertThat(valid.wordCount()).isEqualTo(12);
    }
    robot.clickOn("#create-written");
    assertThat(robot.lookup("#create-word-1").tryQuery()).as("words shown once").isEmpty();
    for (int i = 0; i < 3; i++) {
      TextField field = robot.lookup("#create-check-" + i).queryAs(TextField.class);
      int position = (Integer) field.getUserData();
      type("#create-check-" + i, i == 0 ? "wrong" : words.get(position - 1));
    }
    robot.clickOn("#create-confirm-button");
    assertThat(robot.lookup("#create-check-error").queryAs(Label.class).getText())
        .contains("does not match");
    TextField first = robot.lookup("#create-check-0").queryAs(TextField.class);
    robot.interact(() -> first.setText(words.get((Integer) first.getUserData() - 1)));
    robot.clickOn("#create-confirm-button");

    TableView<?> table = robot.lookup("#accounts-table").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(1);
    assertThat(showing("#wallet-lock")).isTrue();
    assertThat(robot.lookup("#wallet-lock").queryAs(Button.class).getText())
        .isEqualTo("Lock \"shop\"");

    String address =
        ((io.abacus.app.accounts.AccountsViewModel.Row) table.getItems().get(0))
            .account()
            .address()
            .toString();
    robot.clickOn("#accounts-qr");
    assertThat(robot.lookup("#accounts-qr-address").queryAs(Label.class).getText())
        .isEqualTo(io.abacus.app.ui.AddressText.grouped(address));
    javafx.scene.image.ImageView qr =
        robot.lookup("#accounts-qr-image").queryAs(javafx.scene.image.ImageView.class);
    assertThat(qr.getImage().getWidth()).isGreaterThan(200);
    robot.type(javafx.scene.input.KeyCode.ESCAPE);
    assertThat(robot.lookup("#accounts-qr-image").tryQuery()).isEmpty();
    robot.clickOn("#accounts-copy");
    String copied =
        WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
            .get();
    assertThat(copied).isEqualTo(address);

    robot.clickOn("#wallet-lock");
    assertThat(showing("#wallet-gate")).isTrue();
    assertThat(showing("#wallet-lock")).isFalse();
    type("#unlock-password", "wrong password");
    robot.clickOn("#unlock-button");
    assertThat(robot.lookup("#unlock-error").queryAs(Label.class).getText())
        .startsWith("Wrong password");
    type("#unlock-password", "correct horse 9");
    robot.clickOn("#unlock-button");
    assertThat(showing("#accounts-table")).isTrue();
    assertThat(robot.lookup("#accounts-table").queryAs(TableView.class).getItems()).hasSize(1);
  }

  @Test
  void autoLockLocksAfterTheIdleMinutesOfTheSettings() throws Exception {
    fixture = new WalletWindowFixture(data).settings(s -> s.withAutoLockMinutes(5));
    try (Mnemonic m = Mnemonic.parse(WalletWindowFixture.DEV_WORDS)) {
      fixture.vault.create("dev", m, null, "long enough 1".toCharArray()).lock();
    }
    fixture.open();
    type("#unlock-password", "long enough 1");
    robot.clickOn("#unlock-button");
    assertThat(showing("#accounts-table")).isTrue();

    fixture.clock.advance(Duration.ofMinutes(4));
    WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
    assertThat(showing("#accounts-table")).as("not idle long enough yet").isTrue();

    fixture.clock.advance(Duration.ofMinutes(2));
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> showing("#unlock-password"));
    assertThat(showing("#wallet-lock")).isFalse();
    assertThat(showing("#accounts-table")).isFalse();
  }
}
