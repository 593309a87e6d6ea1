package io.abacus.explorer.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbLocationTest {
  @Test
  void aPathIsAFile() {
    DbLocation l = DbLocation.parse("some/dir/chain.db", null, Map.of());
    assertThat(l.isFile()).isTrue();
    assertThat(l.file()).isEqualTo(Path.of("some/dir/chain.db"));
    assertThat(l).hasToString("some/dir/chain.db");
  }

  @Test
  void aUrlIsPostgresWithThePasswordFromTheEnvironmentNeverShown() {
    DbLocation l =
        DbLocation.parse(
            "postgresql://db.example:6543/chain?user=ana&sslmode=verify-full",
            null,
            Map.of("PGPASSWORD", "s3cret!"));
    assertThat(l.isFile()).isFalse();
    assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/chain");
    assertThat(l.properties())
        .containsEntry("user", "ana")
        .containsEntry("password", "s3cret!")
        .containsEntry("sslmode", "verify-full");
    assertThat(l).hasToString("postgresql://db.example:6543/chain?user=ana&sslmode=verify-full");
    assertThat(l.toString()).doesNotContain("s3cret");
    assertThatThrownBy(l::file).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void thePasswordFileWinsAndTheDefaultPortIs5432(@TempDir Path dir) throws Exception {
    Path pw = dir.resolve("pw");
    Files.writeString(pw, "from-file\nignored\n");
    DbLocation l =
        DbLocation.parse("postgres://localhost/chain?user=ana", pw, Map.of("PGPASSWORD", "env"));
    assertThat(l.properties()).containsEntry("password", "from-file");
    assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/chain");
  }

  @Test
  void aPasswordInTheUrlIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(
            () -> DbLocation.parse("postgresql://ana:hunter2@localhost/chain", null, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--db-password-file")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(
            () ->
                DbLocation.parse(
                    "postgresql://localhost/chain?user=a&password=hunter2", null, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void malformedUrlsAreOneLineErrors() {
    assertThatThrownBy(() -> DbLocation.parse("postgresql://localhost", null, Map.of()))
        .hasMessageContaining("database name");
    assertThatThrownBy(() -> DbLocation.parse("postgresql://localhost:99999/x", null, Map.of()))
        .hasMessageContaining("not a port number");
    assertThatThrownBy(
            () -> DbLocation.parse("postgresql://localhost/x?colour=red", null, Map.of()))
        .hasMessageContaining("unknown option 'colour'");
    assertThatThrownBy(() -> DbLocation.parse("chain.db", Path.of("pw"), Map.of()))
        .hasMessageContaining("postgresql:// index only");
  }

  @Test
  void tlsOptionsPassThroughAndRoundTripWithoutThePassword(@TempDir Path dir) throws Exception {
    Path pw = dir.resolve("pw");
    Files.writeString(pw, "pa ss&word\n");
    String url =
        "postgresql://db.example:6543/chain?user=ana%20lee&sslmode=verify-ca"
            + "&sslrootcert=/etc/abacus/team%20ca.crt";
    DbLocation l = DbLocation.parse(url, pw, Map.of());
    assertThat(l.properties())
        .containsEntry("user", "ana lee")
        .containsEntry("sslmode", "verify-ca")
        .containsEntry("sslrootcert", "/etc/abacus/team ca.crt")
        .containsEntry("password", "pa ss&word");
    assertThat(l).hasToString(url);

    DbLocation again = DbLocation.parse(l.toString(), pw, Map.of());
    assertThat(again.properties()).isEqualTo(l.properties());
    assertThat(again.jdbcUrl()).isEqualTo(l.jdbcUrl());
    assertThat(again).hasToString(url);
    for (String printed : java.util.List.of(l.toString(), again.toString(), l.jdbcUrl())) {
      assertThat(printed).doesNotContain("pa ss").doesNotContain("word").doesNotContain("%26w");
    }
  }

  @Test
  void anUnknownSslModeIsAOneLineError() {
    assertThatThrownBy(
            () ->
                DbLocation.parse("postgresql://localhost/x?user=a&sslmode=strict", null, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "sslmode 'strict' in --db is not one of disable, allow, prefer, require, verify-ca,"
                + " verify-full");
  }
}
