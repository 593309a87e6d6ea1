package io.abacus.app.secrets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.storage.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Secrets in {@code <data>/secrets/credentials.json}, apart from the settings: the folder is 0700
 * and the file 0600 on POSIX systems, so only the user can read them. The fallback where no OS
 * keychain answers (headless Linux, CI).
 */
public final class FileSecretStore implements SecretStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};
  private final Path file;

  /** A store in {@code file}. */
  public FileSecretStore(Path file) {
    this.file = file;
  }

  /** The store of the data folder {@code dataDirectory}. */
  public static FileSecretStore in(Path dataDirectory) {
    return new FileSecretStore(dataDirectory.resolve("secrets").resolve("credentials.json"));
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized Optional<String> get(String key) {
    return Optional.ofNullable(read().get(key));
  }

  @Override
  public synchronized void put(String key, String secret) {
    Map<String, String> all = read();
    if (!secret.equals(all.put(key, secret))) {
      write(all);
    }
  }

  @Override
  public synchronized void remove(String key) {
    Map<String, String> all = read();
    if (all.remove(key) != null) {
      write(all);
    }
  }

  @Override
  public String describe() {
    return file.toString();
  }

  private Map<String, String> read() {
    try {
      Optional<byte[]> bytes = AtomicFile.read(file);
      return bytes.isEmpty() ? new TreeMap<>() : JSON.readValue(bytes.get(), MAP);
    } catch (IOException e) {
      throw new SecretStoreException("cannot read the credentials in " + file, e);
    }
  }

  private void write(Map<String, String> all) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      PrivateFiles.restrictFolderIfExists(dir);
      AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
      PrivateFiles.restrictIfExists(file);
      PrivateFiles.restrictIfExists(AtomicFile.backupOf(file));
    } catch (IOException e) {
      throw new SecretStoreException("cannot save the credentials in " + file, e);
    }
  }
}
