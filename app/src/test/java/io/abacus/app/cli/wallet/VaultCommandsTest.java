package io.abacus.app.cli.wallet;

import static io.abacus.app.cli.wallet.KeyCommandsTest.ANVIL0;
import static io.abacus.app.cli.wallet.KeyCommandsTest.JUNK;
import static io.abacus.app.cli.wallet.KeyCommandsTest.KEY0;
import static io.abacus.app.cli.wallet.KeyCommandsTest.assertOneLineError;
import static io.abacus.app.cli.wallet.KeyCommandsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.app.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripted vault commands, end to end through the command line. */
class VaultCommandsTest {
  static final String ANVIL1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
  static final String ANVIL2_KEY =
      "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
  static final String ANVIL2 = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

  @TempDir Path dir;
  Path data;
  Path pw;
  Path mnemonic;

  CliRunner cli() {
    return new CliRunner(data).env(VaultCommand.KDF_N_ENV, String.valueOf(VaultCommand.MIN_KDF_N));
  }

  @BeforeEach
  void setUp() throws Exception {
    data = dir.resolve("data");
    pw = Files.writeString(dir.resolve("pw"), "wallet pass\n");
    mnemonic = Files.writeString(dir.resolve("m"), JUNK + "\n");
  }

  private CliRunner.Result run(String... args) {
    CliRunner.Result r = cli().run(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r;
  }

  @Test
  void createPrintsAPhraseThatRestoresTheSameAddress() throws Exception {
    JsonNode created =
        json(
            run(
                "wallet",
                "create",
                "fresh",
                "--password-file",
                pw.toString(),
                "--words",
                "24",
                "--json"));
    String phrase = created.get("mnemonic").asText();
    assertThat(phrase.split(" ")).hasSize(24);
    Path m = Files.writeString(dir.resolve("fresh.txt"), phrase);
    JsonNode derived = json(run("wallet", "derive", "--mnemonic-file", m.toString(), "--json"));
    assertThat(derived.get("address")).isEqualTo(created.get("address"));
    assertThat(Files.readString(data.resolve("wallets/fresh.wallet"))).doesNotContain(phrase);
    assertOneLineError(
        cli().run("wallet", "create", "fresh", "--password-file", pw.toString()), "already exists");
  }

  @Test
  void restoreListAccountsAddAccountAndLabels() throws Exception {
    JsonNode restored =
        json(
            run(
                "wallet",
                "restore",
                "shop",
                "--mnemonic-file",
                mnemonic.toString(),
                "--password-file",
                pw.toString(),
                "--json"));
    assertThat(restored.get("address").asText()).isEqualTo(ANVIL0);
    assertThat(json(run("wallet", "list", "--json")).get("wallets").get(0).asText())
        .isEqualTo("shop");
    JsonNode added =
        json(
            run(
                "wallet",
                "add-account",
                "shop",
                "--count",
                "2",
                "--password-file",
                pw.toString(),
                "--json"));
    assertThat(added.get("accounts").get(0).get("address").asText()).isEqualTo(ANVIL1);
    assertThat(added.get("accounts").get(1).get("path").asText()).isEqualTo("m/44'/60'/0'/0/2");
    JsonNode live =
        json(
            run(
                "wallet",
                "add-account",
                "shop",
                "--preset",
                "ledger-live",
                "--password-file",
                pw.toString(),
                "--json"));
    assertThat(live.get("accounts").get(0).get("path").asText()).isEqualTo("m/44'/60'/1'/0/0");
    run(
        "wallet",
        "label",
        "shop",
        ANVIL0,
        "--name",
        "Till",
        "--hide",
        "--password-file",
        pw.toString());
    JsonNode visible =
        json(run("wallet", "accounts", "shop", "--password-file", pw.toString(), "--json"));
    assertThat(visible.get("accounts")).hasSize(3);
    JsonNode all =
        json(
            run("wallet", "accounts", "shop", "--all", "--password-file", pw.toString(), "--json"));
    assertThat(all.get("accounts")).hasSize(4);
    assertThat(all.get("accounts").get(0).get("name").asText()).isEqualTo("Till");
    assertThat(all.get("accounts").get(0).get("hidden").asBoolean()).isTrue();
    assertOneLineError(
        cli()
            .run(
                "wallet",
                "add-account",
                "shop",
                "--path",
                "44/60",
                "--password-file",
                pw.toString()),
        "must start with m/");
  }

  @Test
  void importKeyKeystoreExportAndWatch() throws Exception {
    run("wallet", "create", "keys", "--empty", "--password-file", pw.toString());
    Path key = Files.writeString(dir.resolve("k"), KEY0 + "\n");
    JsonNode imported =
        json(
            run(
                "wallet",
                "import-key",
                "keys",
                "--private-key-file",
                key.toString(),
                "--name",
                "hot",
                "--password-file",
                pw.toString(),
                "--json"));
    assertThat(imported.get("accounts").get(0).get("kind").asText()).isEqualTo("imported");
    Path ksPw = Files.writeString(dir.resolve("kspw"), "export pass");
    Path out = dir.resolve("out.json");
    run(
        "wallet",
        "export-keystore",
        "keys",
        "--address",
        ANVIL0,
        "--out",
        out.toString(),
        "--keystore-password-file",
        ksPw.toString(),
        "--kdf",
        "pbkdf2",
        "--password-file",
        pw.toString());
    assertThat(
            json(run(
                    "keystore",
                    "decrypt",
                    "--file",
                    out.toString(),
                    "--password-file",
                    ksPw.toString(),
                    "--json"))
                .get("address")
                .asText())
        .isEqualTo(ANVIL0);
    Path key2 = Files.writeString(dir.resolve("k2"), ANVIL2_KEY);
    Path ks2 = dir.resolve("ks2.json");
    run(
        "keystore",
        "encrypt",
        "--private-key-file",
        key2.toString(),
        "--password-file",
        ksPw.toString(),
        "--out",
        ks2.toString(),
        "--kdf",
        "pbkdf2");
    JsonNode fromKs =
        json(
            run(
                "wallet",
                "import-keystore",
                "keys",
                "--file",
                ks2.toString(),
                "--keystore-password-file",
                ksPw.toString(),
                "--password-file",
                pw.toString(),
                "--json"));
    assertThat(fromKs.get("accounts").get(0).get("address").asText()).isEqualTo(ANVIL2);
    JsonNode watched =
        json(
            run(
                "wallet",
                "watch",
                "keys",
                ANVIL1.toLowerCase(),
                "--name",
                "customer",
                "--password-file",
                pw.toString(),
                "--json"));
    assertThat(watched.get("accounts").get(0).get("kind").asText()).isEqualTo("watch");
    assertThat(watched.get("accounts").get(0).get("address").asText()).isEqualTo(ANVIL1);
    assertOneLineError(
        cli()
            .run(
                "wallet",
                "export-keystore",
                "keys",
                "--address",
                ANVIL1,
                "--out",
                dir.resolve("w.json").toString(),
                "--keystore-password-file",
                ksPw.toString(),
                "--password-file",
                pw.toString()),
        "watch-only");
    assertOneLineError(
        cli()
            .run(
                "wallet",
                "import-keystore",
                "keys",
                "--file",
                ks2.toString(),
                "--keystore-password-file",
                pw.toString(),
                "--password-file",
                pw.toString()),
        "wrong password");
    assertOneLineError(
        cli()
            .run(
                "wallet",
                "watch",
                "keys",
                ANVIL1.replace("70997970C5", "70997970c5"),
                "--password-file",
                pw.toString()),
        "checksum");
  }

  @Test
  void wrongPasswordAndChangePassword() throws Exception {
    run(
        "wallet",
        "restore",
        "shop",
        "--mnemonic-file",
        mnemonic.toString(),
        "--password-file",
        pw.toString());
    Path wrong = Files.writeString(dir.resolve("wrong"), "nope");
    byte[] before = Files.readAllBytes(data.resolve("wallets/shop.wallet"));
    assertOneLineError(
        cli().run("wallet", "accounts", "shop", "--password-file", wrong.toString()),
        "wrong password for wallet 'shop'");
    CliRunner.Result quiet =
        cli().run("wallet", "accounts", "shop", "--password-file", wrong.toString());
    assertThat(quiet.err() + quiet.out()).doesNotContain("nope");
    assertOneLineError(
        cli()
            .run(
                "wallet",
                "change-password",
                "shop",
                "--password-file",
                wrong.toString(),
                "--new-password-file",
                pw.toString()),
        "wrong password");
    assertThat(Files.readAllBytes(data.resolve("wallets/shop.wallet"))).isEqualTo(before);
    Path next = Files.writeString(dir.resolve("next"), "better pass");
    run(
        "wallet",
        "change-password",
        "shop",
        "--password-file",
        pw.toString(),
        "--new-password-file",
        next.toString());
    assertOneLineError(
        cli().run("wallet", "accounts", "shop", "--password-file", pw.toString()),
        "wrong password");
    assertThat(run("wallet", "accounts", "shop", "--password-file", next.toString()).out())
        .contains(ANVIL0);
    assertOneLineError(
        cli().run("wallet", "accounts", "nosuch", "--password-file", pw.toString()),
        "no wallet named 'nosuch'");
  }

  @Test
  void restoreWithBadChecksumAndNoPasswordSource() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad"), JUNK.replace("junk", "test"));
    assertOneLineError(
        cli()
            .run(
                "wallet",
                "restore",
                "x",
                "--mnemonic-file",
                bad.toString(),
                "--password-file",
                pw.toString()),
        "checksum");
    assertOneLineError(
        cli().run("wallet", "restore", "x", "--mnemonic-file", mnemonic.toString()),
        "--password-file");
    assertOneLineError(
        cli()
            .stdin(JUNK)
            .run("wallet", "restore", "x", "--mnemonic-file", "-", "--password-file", "-"),
        "only one file");
    assertThat(cli().run("wallet", "list", "--json").out()).isEqualTo("{\"wallets\":[]}\n");
  }

  @Test
  void dataDirOptionAfterTheSubcommandIsHonoured() throws Exception {
    Path other = dir.resolve("other");
    run(
        "wallet",
        "restore",
        "shop",
        "--mnemonic-file",
        mnemonic.toString(),
        "--password-file",
        pw.toString(),
        "--data-dir",
        other.toString());
    assertThat(other.resolve("wallets/shop.wallet")).exists();
  }
}
