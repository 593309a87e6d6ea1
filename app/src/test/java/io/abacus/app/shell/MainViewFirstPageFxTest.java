package io.abacus.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.task.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's start shows the shell before its first page (issue 20): until the start runs what it
 * was handed, the page has its title and a progress indicator, and no page body is built; then the
 * page of whatever section is current by then goes in.
 */
class MainViewFirstPageFxTest {
  @TempDir Path data;
  private final List<Runnable> afterPaint = new ArrayList<>();
  private final AtomicInteger gates = new AtomicInteger();
  private final AtomicInteger pages = new AtomicInteger();
  private MainViewModel model;
  private MainView view;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  private void build() throws Exception {
    build(true);
  }

  /** The view with a page per section and a wallet gate (no wallet is unlocked), counted. */
  private void build(boolean deferred) throws Exception {
    fx(
        () -> {
          model = model();
          view =
              deferred
                  ? new MainView(
                      model,
                      this::page,
                      new SimpleBooleanProperty(false),
                      this::gate,
                      afterPaint::add)
                  : new MainView(model, this::page, new SimpleBooleanProperty(false), this::gate);
          return null;
        });
  }

  private Label page(Section section) {
    pages.incrementAndGet();
    Label body = new Label(section.name());
    body.setId("body-" + section.name());
    return body;
  }

  private Label gate() {
    gates.incrementAndGet();
    Label gate = new Label("gate");
    gate.setId("gate");
    return gate;
  }

  @Test
  void theFirstPageWaitsWithAProgressIndicatorAndThenShowsItsBody() throws Exception {
    build();
    Parent root = view.root();
    assertThat(root.lookup("#page-loading")).isInstanceOf(ProgressIndicator.class);
    assertThat(((Label) root.lookup("#page-title")).getText()).isEqualTo("Accounts");
    assertThat(root.lookup("#nav-accounts")).isNotNull();
    assertThat(root.lookup("#network-switcher")).isNotNull();
    assertThat(gates.get()).as("the wallet gate is not built before the start says so").isZero();
    assertThat(afterPaint).hasSize(1);

    fx(() -> runDeferred());

    assertThat(root.lookup("#page-loading")).isNull();
    assertThat(root.lookup("#gate")).isNotNull(); // Accounts needs a wallet: the gate
    assertThat(gates.get()).isEqualTo(1);
  }

  @Test
  void aSectionChosenBeforeThePageCameKeepsItsPage() throws Exception {
    build();
    fx(
        () -> {
          model.navigate(Section.SETTINGS);
          return null;
        });
    Parent root = view.root();
    assertThat(root.lookup("#body-SETTINGS")).isNotNull();
    assertThat(root.lookup("#page-loading")).isNull();

    fx(() -> runDeferred());

    assertThat(((Label) root.lookup("#page-title")).getText()).isEqualTo("Settings");
    assertThat(root.lookup("#body-SETTINGS")).isNotNull();
    assertThat(root.lookup("#gate")).as("the first section's page is not shown late").isNull();
    assertThat(gates.get()).isZero();
    assertThat(pages.get()).as("the chosen page is built once").isEqualTo(1);
  }

  @Test
  void withoutADeferralThePageIsThereAtOnce() throws Exception {
    build(false);
    assertThat(view.root().lookup("#gate")).isNotNull();
    assertThat(view.root().lookup("#page-loading")).isNull();
    assertThat(gates.get()).isEqualTo(1);
  }

  private MainViewModel model() {
    SettingsStore store =
        new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    AppSettings settings =
        new AppSettings(store.load(Locale.ENGLISH), store, TaskExecutor.sameThread());
    return new MainViewModel(new I18n(Locale.ENGLISH), data, settings);
  }

  private Object runDeferred() {
    List<Runnable> now = List.copyOf(afterPaint);
    afterPaint.clear();
    now.forEach(Runnable::run);
    return null;
  }

  private static <T> T fx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get();
  }
}
