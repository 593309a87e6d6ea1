package io.abacus.app.explorer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.app.explorer.SharedIndex;
import io.abacus.app.explorer.SharedIndexes;
import io.abacus.app.i18n.I18n;
import io.abacus.app.secrets.FileSecretStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.db.DbLocation;
import io.abacus.wallet.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS options of a shared index: kept with its settings, passed to the driver's URL. */
class SharedIndexTlsTest {
  private static final I18n I18N = new I18n(Locale.ENGLISH);
  private static final Network NETWORK =
      new Network(
          "team-chain", "Team chain", 2024, "", "ETH", 18, null, Network.Kind.CUSTOM, false);

  @Test
  void theTlsModeAndRootCertificateGoIntoTheUrlAndRoundTrip() {
    SharedIndex index =
        new SharedIndex(
            "db.example", 6543, "chain", "ana", true, "verify-full", "/etc/abacus/team ca.crt");
    assertThat(index.url())
        .isEqualTo(
            "postgresql://db.example:6543/chain?user=ana&readOnly=true&readOnlyMode=always"
                + "&sslmode=verify-full&sslrootcert=%2Fetc%2Fabacus%2Fteam+ca.crt");
    DbLocation where = index.location("pw-Secret-9");
    assertThat(where.toString())
        .isEqualTo(
            "postgresql://db.example:6543/chain?user=ana&readOnly=true&readOnlyMode=always"
                + "&sslmode=verify-full&sslrootcert=/etc/abacus/team%20ca.crt")
        .doesNotContain("pw-Secret-9");
    DbLocation again = DbLocation.parse(where.toString(), null, Map.of("PGPASSWORD", "x"));
    assertThat(again).hasToString(where.toString());

    // The driver's default is not written out: URLs of indexes set up before stay the same.
    assertThat(new SharedIndex("db.example", 5432, "chain", "ana", false).url())
        .isEqualTo("postgresql://db.example:5432/chain?user=ana");
    assertThatThrownBy(() -> new SharedIndex("h", 5432, "d", "u", false, "strict", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a TLS mode");
  }

  @Test
  void theTlsSettingsAreKeptWithTheIndexButNotThePassword(@TempDir Path data) throws Exception {
    SharedIndexes shared = new SharedIndexes(data, () -> FileSecretStore.in(data));
    Path ca = Files.writeString(data.resolve("root.crt"), "-----BEGIN CERTIFICATE-----\n");
    SharedIndex index =
        new SharedIndex("db.example", 6543, "chain", "ana", false, "verify-ca", ca.toString());
    shared.put(NETWORK.id(), index, "pw-Secret-9");

    assertThat(shared.get(NETWORK.id())).contains(index);
    try (var files = Files.list(data.resolve("indexes"))) {
      for (Path f : files.toList()) {
        assertThat(Files.readString(f))
            .doesNotContain("pw-Secret-9")
            .contains("sslMode=verify-ca")
            .contains("sslRootCert=");
      }
    }

    // The form shows them again; a root certificate that cannot be read is refused in one line.
    AtomicInteger reopened = new AtomicInteger();
    IndexSourceViewModel form =
        new IndexSourceViewModel(
            NETWORK, shared, TaskExecutor.sameThread(), I18N, reopened::incrementAndGet);
    assertThat(form.sslModeProperty().get()).isEqualTo("verify-ca");
    assertThat(form.sslRootCertProperty().get()).isEqualTo(ca.toString());
    form.sslRootCertProperty().set(data.resolve("missing.crt").toString());
    form.apply();
    assertThat(form.errorProperty().get())
        .isEqualTo("The root certificate file cannot be read: " + data.resolve("missing.crt"));
    assertThat(reopened).hasValue(0);
    assertThat(shared.get(NETWORK.id())).contains(index);
  }

  @Test
  void anIndexKeptBeforeTlsOptionsExistedReadsWithTheDefaults(@TempDir Path data) throws Exception {
    SharedIndexes shared = new SharedIndexes(data, () -> FileSecretStore.in(data));
    shared.put(NETWORK.id(), new SharedIndex("db.example", 6543, "chain", "ana", true), "");
    try (var files = Files.list(data.resolve("indexes"))) {
      for (Path f : files.toList()) {
        String old =
            Files.readString(f)
                .replaceAll("(?m)^sslMode=.*\\n", "")
                .replaceAll("(?m)^sslRootCert=.*\\n", "");
        Files.writeString(f, old);
      }
    }
    SharedIndex read = shared.get(NETWORK.id()).orElseThrow();
    assertThat(read.sslMode()).isEqualTo("prefer");
    assertThat(read.sslRootCert()).isEmpty();
  }
}
