package io.abacus.app.cli.wallet;

import static io.abacus.app.cli.wallet.KeyCommandsTest.ANVIL0;
import static io.abacus.app.cli.wallet.KeyCommandsTest.JUNK;
import static io.abacus.app.cli.wallet.KeyCommandsTest.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.cli.CliRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged wallet file on the command line: named as damaged, used only when accepted. */
class WalletRecoveryCommandTest {
  @TempDir Path dir;
  Path data;
  Path pw;
  Path file;

  CliRunner cli() {
    return new CliRunner(data).env(VaultCommand.KDF_N_ENV, String.valueOf(VaultCommand.MIN_KDF_N));
  }

  @BeforeEach
  void setUp() throws Exception {
    data = dir.resolve("data");
    pw = Files.writeString(dir.resolve("pw"), "wallet pass\n");
    Path mnemonic = Files.writeString(dir.resolve("m"), JUNK + "\n");
    ok("wallet", "restore", "shop", "--mnemonic-file", mnemonic.toString(), "--password-file", pw);
    ok("wallet", "add-account", "shop", "--password-file", pw);
    file = data.resolve("wallets/shop.wallet");
  }

  @Test
  void truncatedFileFailsWithTheHonestMessageUnlessTheBackupIsAccepted() throws Exception {
    byte[] all = Files.readAllBytes(file);
    byte[] truncated = java.util.Arrays.copyOf(all, all.length / 2);
    Files.write(file, truncated);

    CliRunner.Result refused =
        cli().run("wallet", "accounts", "shop", "--password-file", pw.toString());
    assertOneLineError(refused, "the wallet file is damaged");
    assertThat(refused.err())
        .contains("opened the backup from ")
        .contains("which lacks changes made after it")
        .contains("--accept-backup");
    assertThat(file).hasBinaryContent(truncated);

    CliRunner.Result accepted =
        ok("wallet", "accounts", "shop", "--password-file", pw, "--accept-backup");
    assertThat(accepted.out()).contains(ANVIL0);
    assertThat(accepted.err()).contains("warning: the wallet file is damaged");
    assertThat(data.resolve("wallets/shop.wallet.damaged")).hasBinaryContent(truncated);
    // From now on the wallet opens without a word.
    assertThat(ok("wallet", "accounts", "shop", "--password-file", pw).err()).isEmpty();
  }

  @Test
  void headerDamageIsNotReportedAsAWrongPassword() throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int salt = text.indexOf("\"salt\" : \"") + 10;
    char c = text.charAt(salt);
    Files.writeString(
        file, text.substring(0, salt) + (c == '0' ? '1' : '0') + text.substring(salt + 1));
    CliRunner.Result r = cli().run("wallet", "accounts", "shop", "--password-file", pw.toString());
    assertOneLineError(r, "the wallet file is damaged");
    Path wrong = Files.writeString(dir.resolve("wrong"), "nope\n");
    assertOneLineError(
        cli().run("wallet", "accounts", "shop", "--password-file", wrong.toString()),
        "wrong password");
  }

  @Test
  void aChangeWithAcceptBackupKeepsTheDamagedFileAside() throws Exception {
    Files.writeString(file, "");
    ok(
        "wallet",
        "watch",
        "shop",
        VaultCommandsTest.ANVIL1,
        "--password-file",
        pw,
        "--accept-backup");
    assertThat(data.resolve("wallets/shop.wallet.damaged")).exists();
    assertThat(ok("wallet", "accounts", "shop", "--password-file", pw).err()).isEmpty();
  }

  private CliRunner.Result ok(Object... args) {
    String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    CliRunner.Result r = cli().run(strings);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r;
  }
}
