package io.abacus.app.shell;

import io.abacus.app.i18n.I18n;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the main window: which section is shown, and the texts that go with it. */
public final class MainViewModel {
  private final I18n i18n;
  private final Path dataDirectory;
  private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.ACCOUNTS);
  private final StringBinding sectionTitle;
  private final StringBinding sectionIntro;

  public MainViewModel(I18n i18n, Path dataDirectory) {
    this.i18n = i18n;
    this.dataDirectory = dataDirectory;
    this.sectionTitle =
        Bindings.createStringBinding(() -> i18n.get(section.get().navKey()), section);
    this.sectionIntro =
        Bindings.createStringBinding(() -> i18n.get(section.get().introKey()), section);
  }

  public ObjectProperty<Section> sectionProperty() {
    return section;
  }

  /** Shows {@code target}; a null target is ignored so a section is always selected. */
  public void navigate(Section target) {
    if (target != null) {
      section.set(target);
    }
  }

  public StringBinding sectionTitleProperty() {
    return sectionTitle;
  }

  public StringBinding sectionIntroProperty() {
    return sectionIntro;
  }

  public String windowTitle() {
    return i18n.get("app.title");
  }

  public String navLabel(Section s) {
    return i18n.get(s.navKey());
  }

  public String tagline() {
    return i18n.get("app.tagline");
  }

  public String dataFolderText() {
    return i18n.format("status.dataFolder", dataDirectory);
  }
}
