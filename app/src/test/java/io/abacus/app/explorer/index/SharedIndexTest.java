package io.abacus.app.explorer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.app.explorer.ExplorerTestChain;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.explorer.IndexSessions;
import io.abacus.app.explorer.blocks.BlocksViewModel;
import io.abacus.app.i18n.I18n;
import io.abacus.app.secrets.FileSecretStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.db.DatabaseException;
import io.abacus.explorer.db.DbLocation;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.EmbeddedPg;
import io.abacus.testkit.WithAnvil;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared PostgreSQL index chosen in the index page's form: it opens read-only, lists the blocks
 * the indexer wrote, keeps its password in the secret store only, and says in one line why a wrong
 * password does not open it.
 */
@WithAnvil
class SharedIndexTest {
  private static final I18n I18N = new I18n(Locale.ENGLISH);
  private static final String PASSWORD = "analyst-Secret-42";
  static EmbeddedPg pg;
  static URI url;
  static ExplorerTestChain chain;

  @BeforeAll
  static void indexTheChainIntoPostgres(Anvil anvil) throws Exception {
    pg = EmbeddedPg.start(); // a private server: this class adds a role and rewrites pg_hba.conf
    url = URI.create(pg.create("team").replace("postgresql://", "http://"));
    chain = new ExplorerTestChain(anvil);
    try (IndexSession writer =
        new IndexSession(
            chain.network,
            DbLocation.parse(pg.url("team"), null, Map.of()),
            false,
            new AtomicBoolean())) {
      IndexManagerViewModel m = new IndexManagerViewModel(writer, TaskExecutor.sameThread(), I18N);
      m.start();
      assertThat(m.errorProperty().get()).isEmpty();
      assertThat(m.statusProperty().get()).isEqualTo(I18N.get("explorer.index.done"));
      writer.read(
          c -> {
            try (Statement s = c.createStatement()) {
              s.execute("CREATE ROLE analyst LOGIN PASSWORD '" + PASSWORD + "'");
              s.execute("GRANT pg_read_all_data TO analyst");
              requirePasswords(s);
            }
            return null;
          });
    }
  }

  /** The embedded server trusts everyone; from now on only postgres is trusted. */
  private static void requirePasswords(Statement s) throws java.sql.SQLException {
    String hba;
    try (ResultSet r = s.executeQuery("SHOW hba_file")) {
      r.next();
      hba = r.getString(1);
    }
    try {
      Files.writeString(
          Path.of(hba),
          "local all all trust\n"
              + "host all postgres 127.0.0.1/32 trust\n"
              + "host all postgres ::1/128 trust\n"
              + "host all all 127.0.0.1/32 scram-sha-256\n"
              + "host all all ::1/128 scram-sha-256\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    s.execute("SELECT pg_reload_conf()");
  }

  @AfterAll
  static void stop() {
    pg.close();
  }

  private static IndexSourceViewModel form(IndexSessions sessions, Runnable onChanged) {
    IndexSourceViewModel form =
        new IndexSourceViewModel(
            chain.network, sessions.shared(), TaskExecutor.sameThread(), I18N, onChanged);
    form.useSharedProperty().set(true);
    form.hostProperty().set(url.getHost());
    form.portProperty().set(String.valueOf(url.getPort()));
    form.databaseProperty().set("team");
    form.userProperty().set("analyst");
    return form;
  }

  @Test
  void theFormOpensTheSharedIndexReadOnlyAndItsBlocksList(@TempDir Path data) throws Exception {
    IndexSessions sessions = new IndexSessions(data, () -> FileSecretStore.in(data));
    AtomicInteger reopened = new AtomicInteger();
    IndexSourceViewModel form = form(sessions, reopened::incrementAndGet);
    form.passwordProperty().set(PASSWORD);
    form.apply();
    assertThat(form.errorProperty().get()).isEmpty();
    assertThat(reopened).hasValue(1);
    assertThat(form.passwordProperty().get()).isEmpty();
    for (Path f : Files.list(data.resolve("indexes")).toList()) {
      assertThat(Files.readString(f)).doesNotContain(PASSWORD).contains("readOnly=true");
    }
    assertThat(FileSecretStore.in(data).get("index.anvil-test.password")).hasValue(PASSWORD);

    try (IndexSession session = sessions.open(chain.network)) {
      assertThat(session.isShared()).isTrue();
      assertThat(session.isReadOnly()).isTrue();
      assertThat(session.location().toString()).doesNotContain(PASSWORD).contains("user=analyst");
      BlocksViewModel blocks = new BlocksViewModel(session, TaskExecutor.sameThread(), I18N);
      blocks.newest();
      assertThat(blocks.blocks()).isNotEmpty();
      assertThat(blocks.blocks().get(0).number()).isEqualTo(chain.anvil.blockNumber());

      IndexManagerViewModel manager =
          new IndexManagerViewModel(session, TaskExecutor.sameThread(), I18N);
      manager.refresh();
      assertThat(manager.sizeProperty().get()).matches("Database size \\d+\\.\\d MB");
      assertThat(session.sizeBytes()).isGreaterThan(100_000);
      manager.start();
      assertThat(manager.errorProperty().get()).isEqualTo(I18N.get("explorer.index.readOnly"));
      assertThat(manager.runningProperty().get()).isFalse();
      assertThatThrownBy(
              () ->
                  session.read(
                      c -> {
                        try (Statement s = c.createStatement()) {
                          return s.executeUpdate("DELETE FROM labels");
                        }
                      }))
          .isInstanceOf(DatabaseException.class)
          .hasMessageContaining("read-only");
    }

    // A second look at the form shows the stored choice; an empty password keeps the stored one.
    IndexSourceViewModel again =
        new IndexSourceViewModel(
            chain.network,
            sessions.shared(),
            TaskExecutor.sameThread(),
            I18N,
            reopened::incrementAndGet);
    assertThat(again.useSharedProperty().get()).isTrue();
    assertThat(again.userProperty().get()).isEqualTo("analyst");
    again.apply();
    assertThat(again.errorProperty().get()).isEmpty();
    assertThat(reopened).hasValue(2);

    again.useSharedProperty().set(false);
    again.apply();
    assertThat(FileSecretStore.in(data).get("index.anvil-test.password")).isEmpty();
    try (IndexSession session = sessions.open(chain.network)) {
      assertThat(session.isShared()).isFalse();
    }
  }

  @Test
  void aWrongPasswordSaysSoInOneLineWithoutThePassword(@TempDir Path data) {
    IndexSessions sessions = new IndexSessions(data, () -> FileSecretStore.in(data));
    AtomicInteger reopened = new AtomicInteger();
    IndexSourceViewModel form = form(sessions, reopened::incrementAndGet);
    form.passwordProperty().set("not-the-Password-7");
    form.apply();
    String error = form.errorProperty().get();
    assertThat(error)
        .startsWith("Cannot open the shared index: ")
        .contains("password authentication failed")
        .doesNotContain("not-the-Password-7")
        .doesNotContain("\n");
    assertThat(reopened).hasValue(0);
    assertThat(sessions.shared().get(chain.network.id())).isEmpty();
    assertThat(FileSecretStore.in(data).get("index.anvil-test.password")).isEmpty();
  }

  @Test
  void anIncompleteFormSaysWhatIsMissing(@TempDir Path data) {
    IndexSessions sessions = new IndexSessions(data, () -> FileSecretStore.in(data));
    IndexSourceViewModel form = form(sessions, () -> {});
    form.portProperty().set("none");
    form.apply();
    assertThat(form.errorProperty().get()).isEqualTo(I18N.get("explorer.index.shared.incomplete"));
  }

  @Test
  void theTlsModeReachesTheDriver(@TempDir Path data) {
    IndexSessions sessions = new IndexSessions(data, () -> FileSecretStore.in(data));
    IndexSourceViewModel form = form(sessions, () -> {});
    form.passwordProperty().set(PASSWORD);
    // The embedded server has no TLS: "required" must fail for that reason, "off" must connect.
    form.sslModeProperty().set("require");
    form.apply();
    assertThat(form.errorProperty().get())
        .startsWith("Cannot open the shared index: ")
        .contains("does not support SSL")
        .doesNotContain(PASSWORD);
    assertThat(sessions.shared().get(chain.network.id())).isEmpty();

    form.sslModeProperty().set("disable");
    form.apply();
    assertThat(form.errorProperty().get()).isEmpty();
    assertThat(sessions.shared().get(chain.network.id()).orElseThrow().sslMode())
        .isEqualTo("disable");
  }
}
