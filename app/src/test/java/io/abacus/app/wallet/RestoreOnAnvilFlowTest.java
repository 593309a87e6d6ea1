package io.abacus.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.accounts.AccountsViewModel.Row;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Restoring the dev words in the real window shows the funded dev accounts from an anvil node. */
@WithAnvil
class RestoreOnAnvilFlowTest {
  @TempDir Path data;
  private final FxRobot robot = new FxRobot();
  private WalletWindowFixture fixture;

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void restoredDevWordsShowTheFundedAccountsWithBalances(Anvil anvil) throws Exception {
    Network node =
        new Network(
            "anvil-test",
            "Anvil",
            31337,
            anvil.rpcUrl(),
            "ETH",
            18,
            null,
            Network.Kind.CUSTOM,
            true);
    fixture =
        new WalletWindowFixture(data)
            .settings(s -> s.withNetwork(node).withSelectedNetwork(node.id()))
            .open();
    robot.clickOn("#gate-restore");
    robot
        .clickOn("#restore-phrase")
        .write("test test test test test test test test test test test jun");
    assertThat(robot.lookup("#restore-suggestions").lookup(".button").queryAll())
        .extracting(n -> ((javafx.scene.control.Button) n).getText())
        .containsExactly("jungle", "junior", "junk");
    robot.clickOn("#restore-suggestion-junk");
    javafx.scene.control.TextArea phrase =
        robot.lookup("#restore-phrase").queryAs(javafx.scene.control.TextArea.class);
    assertThat(phrase.getText()).endsWith("test junk ");
    // Tab without a suggestion moves on instead of typing a tab into the words.
    robot.type(javafx.scene.input.KeyCode.TAB);
    assertThat(robot.lookup("#restore-passphrase").queryAs(Node.class).isFocused()).isTrue();
    assertThat(phrase.getText()).doesNotContain("\t");
    assertThat(robot.lookup("#restore-hint").queryAs(Label.class).getText())
        .isEqualTo("12 words typed");
    robot.clickOn("#restore-name").write("dev");
    robot.clickOn("#restore-password").write("long enough 1");
    robot.clickOn("#restore-confirm").write("long enough 1");
    robot.clickOn("#restore-button");

    @SuppressWarnings("unchecked")
    TableView<Row> table = robot.lookup("#accounts-table").queryAs(TableView.class);
    List<Row> rows = table.getItems();
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).account().address().toString())
        .isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    assertThat(rows).extracting(Row::balance).containsOnly("10,000 ETH");
    assertThat(robot.lookup("#accounts-status").queryAs(Label.class).getText())
        .startsWith("Balances on Anvil at block");
  }
}
