package io.abacus.app.cli.wallet;

import io.abacus.app.cli.CliContext;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.Wallet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus wallet change-password NAME}: re-encrypts under a new password. */
@Command(
    name = "change-password",
    description =
        "Re-encrypt a wallet under a new password (atomically; the old file is kept"
            + " until the new one is complete).",
    mixinStandardHelpOptions = true)
public final class ChangePasswordCommand extends VaultCommand {
  @Parameters(paramLabel = "NAME", description = "Wallet name.")
  String name;

  @Option(
      names = "--new-password-file",
      paramLabel = "NP",
      description = "File with the new password, or - (default: prompt twice).")
  String newPasswordFile;

  public ChangePasswordCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() {
    char[] current = input.password(passwordFile, "--password-file", "Current password of " + name);
    char[] next = null;
    try (Wallet wallet = checkRecovery(vault().open(name, current))) {
      next = input.newPassword(newPasswordFile, "--new-password-file", "New password");
      wallet.changePassword(current, next);
    } finally {
      SecretBytes.wipe(current);
      SecretBytes.wipe(next);
    }
    if (json) {
      input.printJson(input.json().put("name", name).put("changed", true));
    } else {
      context.out().println("Password of wallet " + name + " changed");
    }
    return 0;
  }
}
