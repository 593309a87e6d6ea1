package io.abacus.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.settings.Language;
import io.abacus.wallet.bip39.Mnemonic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** After switching to 简体中文, the onboarding and accounts screens show no English and no keys. */
class WalletChineseFlowTest {
  /** Names that stay as they are in Chinese text (products, standards, units). */
  private static final Set<String> KEPT =
      Set.of(
          "MetaMask",
          "Trezor",
          "Ledger",
          "Live",
          "UTC",
          "Tab",
          "ERC",
          "ETH",
          "dev",
          "Sandbox",
          "local",
          "test",
          "chain");

  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
  // Hex data, also an address shown grouped in fours ("0xf39F d6e5 1aad ...").
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+(?: [0-9a-fA-F]{4})*");
  @TempDir Path data;
  private final FxRobot robot = new FxRobot();
  private WalletWindowFixture fixture;

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void onboardingAndAccountsAreFullyTranslated() throws Exception {
    fixture = new WalletWindowFixture(data);
    try (Mnemonic m = Mnemonic.parse(WalletWindowFixture.DEV_WORDS)) {
      fixture.vault.create("dev", m, null, "long enough 1".toCharArray()).lock();
    }
    fixture.open();
    robot.clickOn("#nav-settings");
    // Under load the page may show a moment after the click (seen at load average 40).
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#settings-language").tryQuery().isPresent());
    @SuppressWarnings("unchecked")
    ComboBox<Language> language = robot.lookup("#settings-language").queryAs(ComboBox.class);
    robot.interact(() -> language.setValue(Language.SIMPLIFIED_CHINESE));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#nav-accounts");

    List<String> problems = new ArrayList<>();
    for (String choice :
        List.of("unlock", "create", "restore", "keystore", "privateKey", "watch")) {
      robot.clickOn("#gate-" + choice);
      check("gate " + choice, problems);
    }
    robot.clickOn("#gate-restore");
    robot.clickOn("#restore-phrase").write("test tset ab");
    robot.clickOn("#restore-button");
    check("restore with errors", problems);

    robot.clickOn("#gate-create");
    robot.clickOn("#create-name").write("shop");
    robot.clickOn("#create-password").write("correct horse 9");
    robot.clickOn("#create-confirm").write("correct horse 9");
    robot.clickOn("#create-next");
    check("create: words", problems);
    robot.clickOn("#create-written");
    robot.clickOn("#create-confirm-button");
    check("create: backup check", problems);
    robot.clickOn("#create-check-cancel");

    robot.clickOn("#gate-unlock");
    robot.clickOn("#unlock-password").write("wrong password");
    robot.clickOn("#unlock-button");
    check("unlock: wrong password", problems);
    robot.clickOn("#unlock-password").write("long enough 1");
    robot.clickOn("#unlock-button");
    assertThat(robot.lookup("#accounts-table").tryQuery()).isPresent();
    robot.clickOn(robot.lookup("#accounts-table .table-row-cell").nth(0).queryAs(Node.class));
    check("accounts", problems);
    assertThat(problems).isEmpty();
  }

  private void check(String where, List<String> problems) {
    WaitForAsyncUtils.waitForFxEvents();
    Parent root = robot.lookup("#main").queryAs(Parent.class);
    List<String> texts = new ArrayList<>();
    collect(root, texts);
    assertThat(texts).as(where + ": texts found").isNotEmpty();
    for (String text : texts) {
      if (text.contains("!") && text.matches("(?s).*![a-zA-Z0-9.\\-_]+!.*")) {
        problems.add(where + ": missing key in '" + text + "'");
      }
      // Data inside the text: a typed word in quotes, the network's (preset) name.
      String network = fixture.window().settings().selectedNetwork().orElseThrow().name();
      String quotedDataRemoved = text.replaceAll("“[^”]*”", "").replace(network, "");
      Matcher m = WORD.matcher(HEX.matcher(quotedDataRemoved).replaceAll(""));
      while (m.find()) {
        if (!KEPT.contains(m.group())) {
          problems.add(where + ": English '" + m.group() + "' in '" + text + "'");
        }
      }
    }
  }

  private static void collect(Node node, List<String> out) {
    if (!node.isVisible()) {
      return;
    }
    String id = node.getId() == null ? "" : node.getId();
    if (id.equals("sidebar")
        || id.equals("status-data-folder")
        || id.equals("restore-suggestions")
        || id.startsWith("create-word-")) {
      // Data, not UI text: network names, the folder path, and BIP39 words (an English list).
      return;
    }
    if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
      out.add(l.getText());
    }
    if (node instanceof TextInputControl t
        && t.getPromptText() != null
        && !t.getPromptText().isBlank()) {
      out.add(t.getPromptText());
    }
    if (node instanceof TableView<?> table) {
      table.getColumns().forEach(c -> out.add(c.getText()));
    }
    if (node instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }
  }
}
