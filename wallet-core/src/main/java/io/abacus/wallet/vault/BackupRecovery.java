package io.abacus.wallet.vault;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How a wallet whose main file was damaged or missing was opened from its backup ({@link
 * Wallet#recovery()}).
 *
 * @param backupTime when the backup was written
 * @param damage what is wrong with the main file, for the user
 */
public record BackupRecovery(Instant backupTime, String damage) {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** The sentence for the user: what happened and what is missing. */
  public String message() {
    return "the wallet file is damaged ("
        + damage
        + "); opened the backup from "
        + WHEN.format(backupTime)
        + ", which lacks changes made after it";
  }
}
