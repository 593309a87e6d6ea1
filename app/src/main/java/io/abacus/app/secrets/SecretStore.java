package io.abacus.app.secrets;

import java.util.Optional;

/**
 * Where Abacus keeps credentials (node auth headers, passwords and API keys inside node URLs): the
 * OS keychain where there is one, otherwise a file readable by the user only. Never the settings
 * file. Implementations never put a secret in an exception message or a log.
 */
public interface SecretStore {
  /** The secret stored under {@code key}, if any. */
  Optional<String> get(String key);

  /**
   * Stores {@code secret} under {@code key}, replacing an older one.
   *
   * @throws SecretStoreException if the store cannot be written
   */
  void put(String key, String secret);

  /** Forgets the secret under {@code key}; nothing happens if there is none. */
  void remove(String key);

  /** Where the secrets are, for the user ("the OS keychain", or the file). */
  String describe();
}
