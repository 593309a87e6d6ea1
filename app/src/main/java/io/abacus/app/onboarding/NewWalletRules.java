package io.abacus.app.onboarding;

import io.abacus.app.i18n.I18n;
import io.abacus.app.lock.PasswordStrength;
import io.abacus.wallet.keystore.KeystoreException;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks every way of making a wallet shares (name, password and its confirmation) and the
 * user-facing text for vault and keystore failures.
 */
final class NewWalletRules {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private NewWalletRules() {}

  /** Why a new wallet cannot be made with these inputs, or empty when they are fine. */
  static Optional<String> problem(
      Vault vault, String name, char[] password, char[] confirm, I18n i18n) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      return Optional.of(i18n.get("gate.error.nameMissing"));
    }
    if (!NAME.matcher(n).matches()) {
      return Optional.of(i18n.get("gate.error.nameInvalid"));
    }
    if (vault.exists(n)) {
      return Optional.of(i18n.format("gate.error.nameTaken", n));
    }
    if (PasswordStrength.evaluate(password) == PasswordStrength.Level.TOO_SHORT) {
      return Optional.of(i18n.format("gate.error.passwordShort", PasswordStrength.MIN_LENGTH));
    }
    if (!Arrays.equals(password, confirm)) {
      return Optional.of(i18n.get("gate.error.passwordMismatch"));
    }
    return Optional.empty();
  }

  /** The hint under the password field for what is typed so far (empty for nothing). */
  static String strengthHint(char[] typed, I18n i18n) {
    if (typed.length == 0) {
      return "";
    }
    PasswordStrength.Level level = PasswordStrength.evaluate(typed);
    return i18n.get("gate.strength." + level.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** A sentence for the user about a failed wallet operation; never contains secrets. */
  static String describe(Throwable e, I18n i18n) {
    if (e instanceof VaultException v) {
      return switch (v.reason()) {
        case WRONG_PASSWORD -> i18n.get("gate.error.wrongPassword");
        case NOT_FOUND -> i18n.get("gate.error.notFound");
        case EXISTS -> i18n.get("gate.error.exists");
        case INVALID_NAME -> i18n.get("gate.error.nameInvalid");
        case CORRUPT -> i18n.get("gate.error.corrupt");
        default -> i18n.format("gate.error.other", v.getMessage());
      };
    }
    if (e instanceof KeystoreException k) {
      return switch (k.reason()) {
        case WRONG_PASSWORD -> i18n.get("gate.error.keystorePassword");
        case MALFORMED -> i18n.get("gate.error.keystoreMalformed");
        default -> i18n.format("gate.error.keystoreUnusable", k.getMessage());
      };
    }
    return i18n.format("gate.error.other", String.valueOf(e.getMessage()));
  }
}
