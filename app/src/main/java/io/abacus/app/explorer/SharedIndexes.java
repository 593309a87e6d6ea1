package io.abacus.app.explorer;

import io.abacus.app.secrets.SecretStore;
import io.abacus.wallet.storage.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Which networks read a shared PostgreSQL index instead of their file: {@code
 * <dataDir>/indexes/<network-id>.shared.properties} holds host, port, database, user, the read-only
 * flag and the TLS mode and root certificate; the password goes to the {@link SecretStore} (the OS
 * keychain or a 0600 file) under {@code index.<network-id>.password}, never to a file of its own.
 */
public final class SharedIndexes {
  private final Path dataDirectory;
  private final Supplier<SecretStore> secrets;

  /** {@code secrets} is asked for only when a shared index is used (the keychain is slow). */
  public SharedIndexes(Path dataDirectory, Supplier<SecretStore> secrets) {
    this.dataDirectory = dataDirectory;
    this.secrets = secrets;
  }

  /** The shared index {@code networkId} reads, if it reads one. */
  public Optional<SharedIndex> get(String networkId) {
    Path file = file(networkId);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Properties p = new Properties();
      p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
      return Optional.of(
          new SharedIndex(
              p.getProperty("host"),
              Integer.parseInt(p.getProperty("port", String.valueOf(SharedIndex.DEFAULT_PORT))),
              p.getProperty("database"),
              p.getProperty("user"),
              Boolean.parseBoolean(p.getProperty("readOnly", "true")),
              p.getProperty("sslMode", SharedIndex.DEFAULT_SSL_MODE),
              p.getProperty("sslRootCert", "")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " is damaged: " + e.getMessage(), e);
    }
  }

  /** The stored password of {@code networkId}'s shared index (empty: none). */
  public String password(String networkId) {
    return secrets.get().get(secretKey(networkId)).orElse("");
  }

  /** From now on {@code networkId} reads {@code index}; an empty password removes a stored one. */
  public void put(String networkId, SharedIndex index, String password) {
    SecretStore store = secrets.get();
    if (password == null || password.isEmpty()) {
      store.remove(secretKey(networkId));
    } else {
      store.put(secretKey(networkId), password);
    }
    Properties p = new Properties();
    p.setProperty("host", index.host());
    p.setProperty("port", String.valueOf(index.port()));
    p.setProperty("database", index.database());
    p.setProperty("user", index.user());
    p.setProperty("readOnly", String.valueOf(index.readOnly()));
    p.setProperty("sslMode", index.sslMode());
    p.setProperty("sslRootCert", index.sslRootCert());
    p.setProperty("url", index.url());
    p.setProperty("passwordKey", secretKey(networkId));
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      p.store(out, "A shared explorer index; the password is in the secret store");
      Files.createDirectories(file(networkId).getParent());
      AtomicFile.write(file(networkId), out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file(networkId), e);
    }
  }

  /** From now on {@code networkId} reads its file on this computer again. */
  public void remove(String networkId) {
    Path file = file(networkId);
    if (Files.exists(file)) {
      secrets.get().remove(secretKey(networkId));
      try {
        Files.delete(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + file, e);
      }
    }
  }

  private Path file(String networkId) {
    Path index = IndexLocations.of(dataDirectory, networkId);
    return index.resolveSibling(networkId + ".shared.properties");
  }

  static String secretKey(String networkId) {
    return "index." + networkId + ".password";
  }
}
