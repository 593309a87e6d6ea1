package io.abacus.app.cli.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact contract of {@code wallet derive}, {@code keystore ...} and {@code address ...}. */
class KeyCommandsTest {
  static final String JUNK = "test test test test test test test test test test test junk";
  static final String ANVIL0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
  static final String KEY0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
  static final String GETH_AAA =
      "{\"address\":\"f466859ead1932d743d622cb74fc058882e8648a\",\"crypto\":{\"cipher\":"
          + "\"aes-128-ctr\",\"ciphertext\":\"cb664472deacb41a2e995fa7f96fe29ce744471deb8d146a0e43"
          + "c7898c9ddd4d\",\"cipherparams\":{\"iv\":\"dfd9ee70812add5f4b8f89d0811c9158\"},\"kdf\":"
          + "\"scrypt\",\"kdfparams\":{\"dklen\":32,\"n\":8,\"p\":16,\"r\":8,\"salt\":\"0d6769bf016d4"
          + "5c479213990d6a08d938469c4adad8a02ce507b4a4e7b7739f1\"},\"mac\":\"bac9af994b15a45dd3966"
          + "9fc66f9aa8a3b9dd8c22cb16e4d8d7ea089d0f1a1a9\"},\"id\":\"472e8b3d-afb6-45b5-8111-72c8989"
          + "5099a\",\"version\":3}";

  @TempDir Path dir;

  static JsonNode json(CliRunner.Result r) throws Exception {
    assertThat(r.out().strip().lines()).hasSize(1);
    return new ObjectMapper().readTree(r.out());
  }

  static void assertOneLineError(CliRunner.Result r, String... fragments) {
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("error: ").contains(fragments);
    assertThat(r.out()).isEmpty();
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void deriveDefaultPathAndJson() throws Exception {
    Path m = write("m.txt", JUNK + "\n");
    CliRunner.Result plain =
        new CliRunner(dir).run("wallet", "derive", "--mnemonic-file", m.toString());
    assertThat(plain.exitCode()).isZero();
    assertThat(plain.out()).isEqualTo(ANVIL0 + "\n");
    JsonNode j =
        json(
            new CliRunner(dir)
                .run(
                    "wallet",
                    "derive",
                    "--mnemonic-file",
                    m.toString(),
                    "--path",
                    "m/44'/60'/0'/0/1",
                    "--json"));
    assertThat(j.get("address").asText()).isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    assertThat(j.get("path").asText()).isEqualTo("m/44'/60'/0'/0/1");
    assertThat(j.size()).isEqualTo(2);
  }

  @Test
  void deriveFromStdinWithPassphraseFile() throws Exception {
    Path p = write("p.txt", "TREZOR\n");
    CliRunner.Result r =
        new CliRunner(dir)
            .stdin(
                "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
                    + " abandon about\n")
            .run(
                "wallet",
                "derive",
                "--mnemonic-file",
                "-",
                "--passphrase-file",
                p.toString(),
                "--json");
    assertThat(r.exitCode()).isZero();
    // Only one trailing newline is dropped: "TREZOR\n\n" is a different passphrase.
    Path p2 = write("p2.txt", "TREZOR\n\n");
    CliRunner.Result r2 =
        new CliRunner(dir)
            .stdin(
                "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
                    + " abandon about")
            .run(
                "wallet",
                "derive",
                "--mnemonic-file",
                "-",
                "--passphrase-file",
                p2.toString(),
                "--json");
    assertThat(json(r2).get("address")).isNotEqualTo(json(r).get("address"));
  }

  @Test
  void windowsLineEndingCountsAsTheOneTrailingNewline() throws Exception {
    Path m = write("crlf.txt", JUNK + "\r\n");
    CliRunner.Result r =
        new CliRunner(dir).run("wallet", "derive", "--mnemonic-file", m.toString());
    assertThat(r.out()).isEqualTo(ANVIL0 + "\n");
  }

  @Test
  void deriveErrors() throws Exception {
    Path bad = write("bad.txt", JUNK.replace("junk", "test"));
    assertOneLineError(
        new CliRunner(dir).run("wallet", "derive", "--mnemonic-file", bad.toString()), "checksum");
    Path typo = write("typo.txt", JUNK.replace("junk", "junc"));
    CliRunner.Result typoResult =
        new CliRunner(dir).run("wallet", "derive", "--mnemonic-file", typo.toString());
    assertOneLineError(typoResult, "word 12 is not", "junk");
    assertThat(typoResult.err()).as("the typed word is not echoed").doesNotContain("junc");
    Path m = write("m.txt", JUNK);
    assertOneLineError(
        new CliRunner(dir)
            .run("wallet", "derive", "--mnemonic-file", m.toString(), "--path", "m/44'/x"),
        "'x' is not a number");
    assertOneLineError(
        new CliRunner(dir)
            .run("wallet", "derive", "--mnemonic-file", dir.resolve("none").toString()),
        "does not exist");
  }

  @Test
  void keystoreEncryptThenDecrypt() throws Exception {
    Path key = write("k.txt", "0x" + KEY0 + "\n");
    Path pw = write("pw.txt", "s3cret\n");
    for (String kdf : new String[] {"scrypt", "pbkdf2"}) {
      Path out = dir.resolve(kdf + ".json");
      CliRunner.Result enc =
          new CliRunner(dir)
              .run(
                  "keystore",
                  "encrypt",
                  "--private-key-file",
                  key.toString(),
                  "--password-file",
                  pw.toString(),
                  "--out",
                  out.toString(),
                  "--kdf",
                  kdf);
      assertThat(enc.exitCode()).as(enc.err()).isZero();
      assertThat(Files.readString(out)).doesNotContain(KEY0).contains("\"kdf\" : \"" + kdf + "\"");
      JsonNode j =
          json(
              new CliRunner(dir)
                  .run(
                      "keystore",
                      "decrypt",
                      "--file",
                      out.toString(),
                      "--password-file",
                      pw.toString(),
                      "--json"));
      assertThat(j.get("address").asText()).isEqualTo(ANVIL0);
    }
    assertOneLineError(
        new CliRunner(dir)
            .run(
                "keystore",
                "encrypt",
                "--private-key-file",
                key.toString(),
                "--password-file",
                pw.toString(),
                "--out",
                dir.resolve("scrypt.json").toString()),
        "exists");
  }

  @Test
  void keystoreDecryptGethFileWrongPasswordAndTampering() throws Exception {
    Path file = write("aaa.json", GETH_AAA);
    Path good = write("good.txt", "foobar");
    CliRunner.Result ok =
        new CliRunner(dir)
            .run(
                "keystore",
                "decrypt",
                "--file",
                file.toString(),
                "--password-file",
                good.toString());
    assertThat(ok.out()).isEqualTo("0xf466859eAD1932D743d622CB74FC058882E8648A\n");
    Path bad = write("bad.txt", "foobaz");
    assertOneLineError(
        new CliRunner(dir)
            .run(
                "keystore",
                "decrypt",
                "--file",
                file.toString(),
                "--password-file",
                bad.toString()),
        "wrong password");
    Path tampered = write("t.json", GETH_AAA.replace("cb664472de", "cb664472df"));
    assertOneLineError(
        new CliRunner(dir)
            .run(
                "keystore",
                "decrypt",
                "--file",
                tampered.toString(),
                "--password-file",
                good.toString()),
        "MAC");
    Path otherAddress = write("o.json", GETH_AAA.replace("f466859e", "0466859e"));
    assertOneLineError(
        new CliRunner(dir)
            .run(
                "keystore",
                "decrypt",
                "--file",
                otherAddress.toString(),
                "--password-file",
                good.toString()),
        "altered");
    assertOneLineError(
        new CliRunner(dir)
            .stdin("{nope")
            .run("keystore", "decrypt", "--file", "-", "--password-file", good.toString()),
        "invalid JSON");
  }

  @Test
  void passwordIsNeverAnArgument() {
    CliRunner.Result r =
        new CliRunner(dir).run("keystore", "decrypt", "--file", "x", "--password", "p");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void addressChecksum() throws Exception {
    CliRunner.Result lower = new CliRunner(dir).run("address", "checksum", ANVIL0.toLowerCase());
    assertThat(lower.out()).isEqualTo(ANVIL0 + "\n");
    CliRunner.Result upper =
        new CliRunner(dir)
            .run("address", "checksum", "0x" + ANVIL0.substring(2).toUpperCase(), "--json");
    assertThat(json(upper).get("address").asText()).isEqualTo(ANVIL0);
    assertOneLineError(
        new CliRunner(dir).run("address", "checksum", ANVIL0.replace("f39F", "F39f")), "checksum");
    assertOneLineError(new CliRunner(dir).run("address", "checksum", "0x1234"), "40 hex digits");
  }
}
