package io.abacus.app.onboarding;

import io.abacus.app.i18n.I18n;
import io.abacus.app.onboarding.ImportWalletViewModel.Source;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The wallet gate: what wallet pages show while no wallet is unlocked. Unlock (when the vault has
 * wallets), create, restore, import a keystore or a key, or watch an address.
 */
public final class OnboardingView {
  /** The gate's choices, in the order of its buttons. */
  enum Choice {
    UNLOCK,
    CREATE,
    RESTORE,
    KEYSTORE,
    PRIVATE_KEY,
    WATCH
  }

  private final WalletSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final UnlockViewModel unlockModel;
  private final CreateWalletViewModel createModel;
  private final Map<Choice, Node> built = new EnumMap<>(Choice.class);
  private final Map<Choice, ToggleButton> buttons = new EnumMap<>(Choice.class);
  private final ToggleGroup group = new ToggleGroup();
  private final ScrollPane content = new ScrollPane();
  private final VBox root;
  private UnlockView unlockView;
  private final ChangeListener<Boolean> lockedAgain =
      (o, was, now) -> {
        if (!now) {
          reset();
        }
      };

  public OnboardingView(
      WalletSession session, TaskExecutor executor, I18n i18n, SecureRandom random) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    this.unlockModel = new UnlockViewModel(session, executor, i18n);
    this.createModel = new CreateWalletViewModel(session, executor, i18n, random);
    FlowPane bar = new FlowPane(6, 6);
    bar.setId("gate-choices");
    for (Choice c : Choice.values()) {
      ToggleButton b = new ToggleButton(i18n.get("gate.choice." + key(c)));
      b.setId("gate-" + key(c));
      b.setToggleGroup(group);
      b.setUserData(c);
      buttons.put(c, b);
      bar.getChildren().add(b);
    }
    group
        .selectedToggleProperty()
        .addListener(
            (o, old, now) -> {
              if (now == null) {
                old.setSelected(true);
              } else {
                show((Choice) now.getUserData());
              }
            });
    content.setFitToWidth(true);
    content.setId("gate-content");
    content.setPadding(new Insets(12, 24, 12, 0));
    content.getStyleClass().add("edge-to-edge");
    VBox.setVgrow(content, Priority.ALWAYS);
    root = new VBox(12, bar, content);
    root.setId("wallet-gate");
    // Weak: a language switch builds a new gate; this one must then stop reacting.
    session.unlockedProperty().addListener(new WeakChangeListener<>(lockedAgain));
    reset();
  }

  public Parent root() {
    return root;
  }

  /** After a lock: fresh wallet list, empty forms, unlock first if there is a wallet. */
  private void reset() {
    unlockModel.reload();
    createModel.reset();
    built.keySet().removeIf(c -> c != Choice.UNLOCK && c != Choice.CREATE);
    boolean any = !unlockModel.wallets().isEmpty();
    buttons.get(Choice.UNLOCK).setVisible(any);
    buttons.get(Choice.UNLOCK).setManaged(any);
    Choice first = any ? Choice.UNLOCK : Choice.CREATE;
    if (group.getSelectedToggle() == buttons.get(first)) {
      show(first);
    } else {
      buttons.get(first).setSelected(true);
    }
  }

  private void show(Choice c) {
    Node node = built.computeIfAbsent(c, k -> build(k).get());
    content.setContent(node);
    if (c == Choice.UNLOCK) {
      unlockView.focus();
    }
  }

  private Supplier<Node> build(Choice c) {
    return switch (c) {
      case UNLOCK -> () -> (unlockView = new UnlockView(unlockModel, i18n)).root();
      case CREATE -> () -> new CreateWalletView(createModel, i18n).root();
      case RESTORE ->
          () ->
              new RestoreWalletView(new RestoreWalletViewModel(session, executor, i18n), i18n)
                  .root();
      case KEYSTORE -> () -> importView(Source.KEYSTORE);
      case PRIVATE_KEY -> () -> importView(Source.PRIVATE_KEY);
      case WATCH -> () -> importView(Source.WATCH);
    };
  }

  private Node importView(Source source) {
    return new ImportWalletView(new ImportWalletViewModel(session, executor, i18n, source), i18n)
        .root();
  }

  private static String key(Choice c) {
    return switch (c) {
      case UNLOCK -> "unlock";
      case CREATE -> "create";
      case RESTORE -> "restore";
      case KEYSTORE -> "keystore";
      case PRIVATE_KEY -> "privateKey";
      case WATCH -> "watch";
    };
  }
}
