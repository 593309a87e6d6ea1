package io.abacus.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.app.secrets.FileSecretStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.storage.AtomicFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings format 4: the business on invoices and the confirmations, and the move from 3. */
class InvoiceSettingsTest {
  @TempDir Path data;

  private SettingsStore store() {
    return new SettingsStore(
        data, NetworkPresets.load(), SettingsMigrations.standard(), () -> FileSecretStore.in(data));
  }

  private Path businessFile() {
    return data.resolve("payments").resolve("business.json");
  }

  private void writeFormat3() throws Exception {
    AtomicFile.write(
        data.resolve("settings.json"),
        "{\"version\":3,\"theme\":\"DARK\",\"language\":\"en\",\"autoLockMinutes\":7}"
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void format3TakesTheBusinessFromPaymentsBusinessJsonOnce() throws Exception {
    writeFormat3();
    Files.createDirectories(businessFile().getParent());
    AtomicFile.write(
        businessFile(),
        "{\"version\":1,\"name\":\"Lotus Studio\",\"address\":\"12 Harbour Road\\nWan Chai\"}"
            .getBytes(StandardCharsets.UTF_8));

    Settings loaded = store().load(Locale.ENGLISH);

    assertThat(loaded.invoicing())
        .isEqualTo(new InvoiceSettings("Lotus Studio", "12 Harbour Road\nWan Chai", 1));
    assertThat(loaded.theme()).isEqualTo(Theme.DARK);
    assertThat(loaded.autoLockMinutes()).isEqualTo(7);
    assertThat(businessFile()).doesNotExist();
    assertThat(AtomicFile.backupOf(businessFile())).doesNotExist();
    String saved = Files.readString(data.resolve("settings.json"));
    assertThat(saved)
        .contains("\"version\" : " + Settings.CURRENT_VERSION)
        .contains("Lotus Studio");

    // Once: a business.json that turns up later (an older Abacus) is not read again.
    AtomicFile.write(
        businessFile(),
        "{\"version\":1,\"name\":\"Other\",\"address\":\"\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(store().load(Locale.ENGLISH).invoicing().businessName()).isEqualTo("Lotus Studio");
    assertThat(businessFile()).exists();
  }

  @Test
  void format3WithoutABusinessFileGetsTheDefaults() throws Exception {
    writeFormat3();
    Settings loaded = store().load(Locale.ENGLISH);
    assertThat(loaded.version()).isEqualTo(Settings.CURRENT_VERSION);
    assertThat(loaded.invoicing()).isEqualTo(InvoiceSettings.DEFAULTS);
    assertThat(loaded.invoicing().confirmations()).isEqualTo(1);
  }

  @Test
  void invoicingIsSavedAndReadBack() {
    Settings s = store().load(Locale.ENGLISH);
    store().save(s.withInvoicing(new InvoiceSettings(" Acme ", "1 Road", 12)));
    Settings back = store().load(Locale.ENGLISH);
    assertThat(back.invoicing()).isEqualTo(new InvoiceSettings("Acme", "1 Road", 12));
    // Other changes keep it.
    assertThat(back.withTheme(Theme.DARK).withAutoLockMinutes(3).invoicing())
        .isEqualTo(back.invoicing());
  }

  @Test
  void confirmationsMustBeSensible() {
    assertThatThrownBy(() -> InvoiceSettings.DEFAULTS.withConfirmations(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confirmations");
  }

  @Test
  void theSettingsFormSavesTheBusinessAndTheConfirmations() {
    AppSettings app =
        new AppSettings(store().load(Locale.ENGLISH), store(), TaskExecutor.sameThread());
    InvoicingForm form = new InvoicingForm(app);
    form.businessNameProperty().set("Lotus Studio");
    form.businessAddressProperty().set("12 Harbour Road");
    assertThat(app.get().invoicing().businessName()).isEmpty(); // not on every key
    form.saveBusiness();
    form.confirmationsProperty().set(6);

    assertThat(app.get().invoicing())
        .isEqualTo(new InvoiceSettings("Lotus Studio", "12 Harbour Road", 6));
    assertThat(store().load(Locale.ENGLISH).invoicing()).isEqualTo(app.get().invoicing());
    app.update(s -> s.withInvoicing(s.invoicing().withConfirmations(3)));
    assertThat(form.confirmationsProperty().get()).isEqualTo(3);
  }
}
