package io.abacus.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

  @Test
  void startsOnAccountsAndFollowsNavigation() {
    MainViewModel model = new MainViewModel(new I18n(Locale.ENGLISH), Path.of("/tmp/abacus"));
    assertThat(model.sectionProperty().get()).isEqualTo(Section.ACCOUNTS);
    assertThat(model.sectionTitleProperty().get()).isEqualTo("Accounts");

    model.navigate(Section.EXPLORER);
    assertThat(model.sectionTitleProperty().get()).isEqualTo("Explorer");
    assertThat(model.sectionIntroProperty().get()).contains("indexed from your own node");

    model.navigate(null);
    assertThat(model.sectionProperty().get()).isEqualTo(Section.EXPLORER);
  }

  @Test
  void textsFollowTheLanguage() {
    MainViewModel model =
        new MainViewModel(new I18n(Locale.SIMPLIFIED_CHINESE), Path.of("/tmp/abacus"));
    assertThat(model.windowTitle()).isEqualTo("Abacus");
    assertThat(model.navLabel(Section.SETTINGS)).isEqualTo("设置");
    assertThat(model.dataFolderText()).contains("/tmp/abacus");
  }
}
