package io.abacus.app.cli.doctor;

import io.abacus.wallet.hash.Keccak256;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.signing.Secp256k1;
import io.abacus.wallet.signing.Signature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.flywaydb.core.Flyway;

/**
 * Checks that the parts of Abacus most easily lost when packaging (a trimmed runtime, native
 * libraries, resource scanning, optional JDK modules) work in this installation. Needs no network.
 */
final class RuntimeChecks {
  private final Path dataDirectory;
  private final Path scratch;
  private final AnvilProbe anvil;

  /**
   * @param scratch an empty folder for a throw-away database; the caller deletes it
   */
  RuntimeChecks(Path dataDirectory, Path scratch, AnvilProbe anvil) {
    this.dataDirectory = dataDirectory;
    this.scratch = scratch;
    this.anvil = anvil;
  }

  List<Check> run() {
    return List.of(
        check("runtime", this::runtime),
        check("sqlite", this::sqlite),
        check("migrations", this::migrations),
        check("signing", RuntimeChecks::signing),
        check("tls", RuntimeChecks::tls),
        check("http-client", RuntimeChecks::httpClient),
        anvil.check(),
        check("data-folder", this::dataFolder));
  }

  /** Runs one check; any failure, including a missing class or module, becomes FAILED. */
  private static Check check(String name, Callable<String> body) {
    try {
      return Check.ok(name, body.call());
    } catch (Exception | LinkageError e) {
      return Check.failed(name, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private String runtime() {
    String java =
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ") in "
            + System.getProperty("java.home");
    if (ModuleLayer.boot().findModule("javafx.controls").isPresent()) {
      return java + ", JavaFX modules present";
    }
    try {
      Class.forName("javafx.scene.control.Control", false, RuntimeChecks.class.getClassLoader());
      return java + ", JavaFX on the class path";
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("JavaFX (javafx.controls) is missing; " + java, e);
    }
  }

  private String jdbcUrl() {
    return "jdbc:sqlite:" + scratch.resolve("doctor.db");
  }

  private String sqlite() throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
      rs.next();
      return "SQLite " + rs.getString(1) + " (native library loaded)";
    }
  }

  private String migrations() throws SQLException {
    int applied =
        Flyway.configure()
            .dataSource(jdbcUrl(), null, null)
            .locations("classpath:io/abacus/app/cli/doctor/migration")
            .load()
            .migrate()
            .migrationsExecuted;
    try (Connection c = DriverManager.getConnection(jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT label FROM probe WHERE id = 1")) {
      if (applied != 1 || !rs.next() || !"migrated".equals(rs.getString(1))) {
        throw new IllegalStateException("Flyway applied " + applied + " migrations, expected 1");
      }
    }
    return "Flyway found and applied a packaged migration";
  }

  private static String signing() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    byte[] digest = Keccak256.hash("abacus doctor".getBytes(StandardCharsets.UTF_8));
    try (PrivateKeySigner signer = PrivateKeySigner.of(key)) {
      Signature signature = signer.signDigest(digest);
      if (!Secp256k1.recover(digest, signature).equals(signer.address())) {
        throw new IllegalStateException("the recovered address differs from the signer's");
      }
    } finally {
      SecretBytes.wipe(key);
    }
    return "secp256k1 sign and recover with a throw-away key";
  }

  private static String tls() throws Exception {
    SSLContext tls = SSLContext.getDefault();
    List<String> protocols = Arrays.asList(tls.getDefaultSSLParameters().getProtocols());
    long ecdhe =
        Arrays.stream(tls.getDefaultSSLParameters().getCipherSuites())
            .filter(suite -> suite.contains("_ECDHE_"))
            .count();
    if (!protocols.contains("TLSv1.3") || ecdhe == 0) {
      throw new IllegalStateException(
          "TLS 1.3 or ECDHE cipher suites unavailable (is jdk.crypto.ec missing?): " + protocols);
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init((KeyStore) null);
    int roots = 0;
    for (var manager : trust.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        roots += x509.getAcceptedIssuers().length;
      }
    }
    if (roots == 0) {
      throw new IllegalStateException("no trusted root certificates; https:// nodes would fail");
    }
    return "TLS 1.3, " + ecdhe + " ECDHE cipher suites, " + roots + " trusted roots";
  }

  /** Nodes are reached with the JDK's own HTTP client, whose module a trimmed runtime can lack. */
  private static String httpClient() throws ClassNotFoundException {
    Class.forName("java.net.http.HttpClient", false, RuntimeChecks.class.getClassLoader());
    return "java.net.http (the JSON-RPC transport) present";
  }

  private String dataFolder() throws IOException {
    String appPath = System.getProperty("jpackage.app-path");
    if (appPath != null) {
      // The launcher is <install>/bin/Abacus; data must live outside <install>.
      Path install = Path.of(appPath).toAbsolutePath().getParent().getParent();
      if (dataDirectory.toAbsolutePath().normalize().startsWith(install.normalize())) {
        throw new IllegalStateException(
            dataDirectory + " is inside the install folder " + install + "; choose another");
      }
    }
    Files.createDirectories(dataDirectory);
    Path probe = Files.createTempFile(dataDirectory, ".doctor", ".tmp");
    Files.delete(probe);
    return dataDirectory + " (writable)";
  }
}
