package io.abacus.app.sandboxui;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.account.Account;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The banner on the Accounts and payment pages while the Sandbox is the selected network: says it
 * is test money, shows the node's state and what the last action did (wrapped, never cut), and
 * offers "Get test ETH" and "Generate demo activity".
 */
public final class SandboxBar {
  /** The id of "Get test ETH" on the payment pages. */
  public static final String FUND_ID = "sandbox-fund";

  /** The id of "Get test ETH" on the Accounts page. */
  public static final String ACCOUNTS_FUND_ID = "accountsGetTestEth";

  private final VBox root;

  /** The bar of the payment pages ("Get test ETH" is {@link #FUND_ID}). */
  public SandboxBar(SandboxController sandbox, ObjectProperty<Account> account, I18n i18n) {
    this(sandbox, account, i18n, FUND_ID);
  }

  /**
   * A bar whose "Get test ETH" button has the id {@code fundId} (the Accounts page uses {@code
   * accountsGetTestEth}).
   */
  public SandboxBar(
      SandboxController sandbox, ObjectProperty<Account> account, I18n i18n, String fundId) {
    Label title = new Label(i18n.get("sandbox.bar.title"));
    title.getStyleClass().add("text-bold");
    title.setWrapText(true);
    Label state = new Label();
    state.setId("sandbox-state");
    state.setWrapText(true);
    state
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> stateText(sandbox, i18n),
                sandbox.stateProperty(),
                sandbox.detailProperty(),
                sandbox.doneProperty()));
    Button fund = new Button(i18n.get("sandbox.fund"));
    fund.setId(fundId);
    fund.disableProperty().bind(sandbox.busyProperty().or(account.isNull()));
    fund.setOnAction(e -> sandbox.fund(account.get().address()));
    Button demo = new Button(i18n.get("sandbox.demo"));
    demo.setId("sandbox-demo");
    demo.disableProperty().bind(sandbox.busyProperty());
    demo.setOnAction(e -> sandbox.demoActivity());
    Button lastGood = new Button(i18n.get("sandbox.startFromLastGood"));
    lastGood.setId("sandbox-last-good");
    lastGood.visibleProperty().bind(sandbox.lastGoodStateOfferedProperty());
    lastGood.managedProperty().bind(lastGood.visibleProperty());
    lastGood.disableProperty().bind(sandbox.busyProperty());
    lastGood.setOnAction(e -> sandbox.startFromLastGoodState());
    lastGood.setMinWidth(Region.USE_PREF_SIZE);
    Button cancel = new Button(i18n.get("sandbox.cancel"));
    cancel.setId("sandbox-cancel");
    cancel.visibleProperty().bind(sandbox.busyProperty());
    cancel.managedProperty().bind(cancel.visibleProperty());
    cancel.setOnAction(e -> sandbox.cancel());
    ProgressBar progress = new ProgressBar();
    progress.setId("sandbox-progress");
    progress.setPrefWidth(140);
    progress.progressProperty().bind(sandbox.progressProperty());
    progress.visibleProperty().bind(sandbox.busyProperty());
    progress.managedProperty().bind(progress.visibleProperty());
    fund.setMinWidth(Region.USE_PREF_SIZE);
    demo.setMinWidth(Region.USE_PREF_SIZE);
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    // The state and result text has a line of its own and wraps: beside the buttons it was cut
    // with "…" (issue 13).
    state.setMaxWidth(Double.MAX_VALUE);
    state.setMinHeight(Region.USE_PREF_SIZE);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox actions = new HBox(8, fund, demo, lastGood, gap, progress, cancel);
    actions.setAlignment(Pos.CENTER_LEFT);
    Label error = io.abacus.app.ui.Controls.errorLabel("sandbox-error", sandbox.errorProperty());
    error.visibleProperty().bind(sandbox.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    root = new VBox(6, title, state, actions, error);
    root.setId("sandbox-bar");
    root.visibleProperty().bind(sandbox.selectedProperty());
    root.managedProperty().bind(sandbox.selectedProperty());
    root.setPadding(new Insets(8, 12, 8, 12));
    root.setStyle(
        "-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-muted;"
            + " -fx-border-radius: 6; -fx-background-radius: 6;");
  }

  public VBox root() {
    return root;
  }

  private static String stateText(SandboxController s, I18n i18n) {
    String base =
        switch (s.stateProperty().get()) {
          case STOPPED -> i18n.get("sandbox.state.stopped");
          case STARTING -> i18n.get("sandbox.state.starting");
          case RUNNING -> i18n.format("sandbox.state.running", s.detailProperty().get());
          case FAILED -> i18n.format("sandbox.state.failed", s.detailProperty().get());
        };
    String done =
        switch (s.doneProperty().get()) {
          case FUNDED ->
              " "
                  + i18n.format(
                      "sandbox.funded", SandboxController.FUND_ETH, SandboxController.FUND_TUSD);
          case DEMO -> " " + i18n.get("sandbox.demoDone");
          case NONE -> "";
        };
    return base + done;
  }
}
