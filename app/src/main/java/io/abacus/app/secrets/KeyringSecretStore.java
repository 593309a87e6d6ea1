package io.abacus.app.secrets;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Secrets in the OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
 * Windows), under the service "Abacus" and an account naming the key and the data folder, so two
 * data folders do not share credentials.
 */
final class KeyringSecretStore implements SecretStore {
  private static final String SERVICE = "Abacus";
  private final Keyring keyring;
  private final String folder;

  KeyringSecretStore(Keyring keyring, Path dataDirectory) {
    this.keyring = keyring;
    this.folder = dataDirectory.toAbsolutePath().normalize().toString();
  }

  @Override
  public Optional<String> get(String key) {
    try {
      return Optional.ofNullable(keyring.getPassword(SERVICE, account(key)));
    } catch (PasswordAccessException notThere) {
      return Optional.empty();
    }
  }

  @Override
  public void put(String key, String secret) {
    try {
      keyring.setPassword(SERVICE, account(key), secret);
    } catch (PasswordAccessException e) {
      throw new SecretStoreException("cannot store a credential in the OS keychain", e);
    }
  }

  @Override
  public void remove(String key) {
    if (get(key).isEmpty()) {
      return;
    }
    try {
      keyring.deletePassword(SERVICE, account(key));
    } catch (PasswordAccessException e) {
      throw new SecretStoreException("cannot remove a credential from the OS keychain", e);
    }
  }

  @Override
  public String describe() {
    return "the OS keychain";
  }

  private String account(String key) {
    return key + " @ " + folder;
  }
}
