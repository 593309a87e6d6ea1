package io.abacus.app.shell;

import io.abacus.app.i18n.I18n;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.Settings;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the main window: which section is shown, the network in use (switchable in one click),
 * and whether its money is only test money.
 */
public final class MainViewModel {
  private final I18n i18n;
  private final Path dataDirectory;
  private final AppSettings settings;
  private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.ACCOUNTS);
  private final ObservableList<Network> networks = FXCollections.observableArrayList();
  private final ObjectProperty<Network> network = new SimpleObjectProperty<>();
  private final StringBinding sectionTitle;
  private final StringBinding sectionIntro;
  private final BooleanBinding testMoney;
  private boolean showing;

  /** A network's name in the UI language (built-in networks are translated). */
  public String networkName(io.abacus.wallet.network.Network network) {
    return io.abacus.app.settings.NetworkNames.display(network, i18n);
  }

  /** The name without an explanation in brackets: "Sandbox" for "Sandbox (local test chain)". */
  public String shortNetworkName(io.abacus.wallet.network.Network network) {
    String name = networkName(network);
    int cut = name.indexOf(" (");
    if (cut < 0) {
      cut = name.indexOf('（');
    }
    return cut > 0 ? name.substring(0, cut).strip() : name;
  }

  public MainViewModel(I18n i18n, Path dataDirectory, AppSettings settings) {
    this.i18n = i18n;
    this.dataDirectory = dataDirectory;
    this.settings = settings;
    this.sectionTitle =
        Bindings.createStringBinding(() -> i18n.get(section.get().navKey()), section);
    this.sectionIntro =
        Bindings.createStringBinding(() -> i18n.get(section.get().introKey()), section);
    this.testMoney =
        Bindings.createBooleanBinding(
            () -> network.get() != null && network.get().testMoney(), network);
    show(settings.get());
    settings.property().addListener((o, a, b) -> show(b));
    network.addListener(
        (o, a, b) -> {
          // Only a choice made in the switcher goes back to the settings, not a value being shown.
          if (b != null && !showing) {
            settings.update(s -> s.withSelectedNetwork(b.id()));
          }
        });
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

  public ObservableList<Network> networks() {
    return networks;
  }

  /** The network in use; setting it switches networks and saves the choice. */
  public ObjectProperty<Network> networkProperty() {
    return network;
  }

  /** True when the network's currency has no value (sandbox, testnets): the UI says so. */
  public BooleanBinding testMoneyProperty() {
    return testMoney;
  }

  public String testMoneyText() {
    return i18n.get("network.testMoney.banner");
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

  private void show(Settings s) {
    showing = true;
    try {
      if (!networks.equals(s.networks())) {
        networks.setAll(s.networks());
      }
      network.set(s.selectedNetwork().orElse(null));
    } finally {
      showing = false;
    }
  }
}
