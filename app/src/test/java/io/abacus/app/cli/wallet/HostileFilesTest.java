package io.abacus.app.cli.wallet;

import static io.abacus.app.cli.wallet.KeyCommandsTest.assertOneLineError;
import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.ThreadCost;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile recovery-phrase, keystore and typed-data files: one line, within two seconds. */
class HostileFilesTest {
  @TempDir Path dir;

  private Path big(String name, String head, char fill, int size, String tail) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(head.getBytes());
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) fill);
      for (int written = 0; written < size; written += chunk.length) {
        out.write(chunk);
      }
      out.write(tail.getBytes());
    }
    return file;
  }

  private CliRunner.Result timed(String... args) {
    // The CPU the command spent (a busy machine stretches the wall time, not this); the wall
    // bound is a backstop against waiting.
    AtomicReference<CliRunner.Result> r = new AtomicReference<>();
    ThreadCost cost = ThreadCost.of(() -> r.set(new CliRunner(dir.resolve("data")).run(args)));
    assertThat(cost.cpuMs()).as("answered with under 2 s of CPU: %s", cost).isLessThan(2_000);
    assertThat(cost.wallMs()).as("answered within 20 s: %s", cost).isLessThan(20_000);
    return r.get();
  }

  @Test
  void aHundredMegabyteOneWordPhraseIsRefusedByItsSize() throws IOException {
    Path words = big("words.txt", "", 'q', 100 << 20, "\n");
    CliRunner.Result r = timed("wallet", "derive", "--mnemonic-file", words.toString());
    assertOneLineError(r, "is larger than the limit of 8 KiB");
    assertThat(r.err()).hasSizeLessThan(200);
  }

  @Test
  void aLongUnknownWordGetsNoSuggestionAndIsNotEchoed() throws IOException {
    Path words = Files.writeString(dir.resolve("w.txt"), "q".repeat(2000) + "\n");
    CliRunner.Result r = timed("wallet", "derive", "--mnemonic-file", words.toString());
    assertOneLineError(r, "word 1 is not in the BIP39 word list");
    assertThat(r.err()).doesNotContain("qq").doesNotContain("did you mean");
  }

  @Test
  void aTypoGetsSuggestionsWithoutTheTypedWord() throws IOException {
    Path words =
        Files.writeString(dir.resolve("w.txt"), KeyCommandsTest.JUNK.replace("junk", "junq"));
    CliRunner.Result r = timed("wallet", "derive", "--mnemonic-file", words.toString());
    assertOneLineError(r, "word 12 is not in the BIP39 word list; did you mean ", "junk");
    assertThat(r.err()).doesNotContain("junq");
  }

  @Test
  void aSpanishPhraseIsNamedAsNotEnglish() throws IOException {
    Path words = Files.writeString(dir.resolve("es.txt"), "ábaco ".repeat(11) + "abierto\n");
    CliRunner.Result r = timed("wallet", "derive", "--mnemonic-file", words.toString());
    assertOneLineError(r, "only English recovery words are supported");
  }

  @Test
  void keystoresThatWouldRunForMinutesOrOverflowAreRefusedAtOnce() throws IOException {
    Path pw = Files.writeString(dir.resolve("pw"), "x");
    String[][] cases = {
      {
        "\"kdf\":\"pbkdf2\",\"kdfparams\":{\"c\":100000000,\"prf\":\"hmac-sha256\",\"salt\":\"00\"}",
        "at most 10^7"
      },
      {
        "\"kdf\":\"scrypt\",\"kdfparams\":{\"n\":1024,\"r\":8,\"p\":1000000,\"salt\":\"00\"}",
        "r*p at most 2^10"
      },
    };
    for (String[] c : cases) {
      Path file =
          Files.writeString(
              dir.resolve("k.json"),
              "{\"version\":3,\"crypto\":{\"cipher\":\"aes-128-ctr\",\"cipherparams\":{\"iv\":\""
                  + "00".repeat(16)
                  + "\"},\"ciphertext\":\""
                  + "00".repeat(32)
                  + "\",\"mac\":\""
                  + "00".repeat(32)
                  + "\","
                  + c[0]
                  + "}}");
      CliRunner.Result r =
          timed("keystore", "decrypt", "--file", file.toString(), "--password-file", pw.toString());
      assertOneLineError(r, c[1]);
      // an overflowed (negative) count would show as "-4..."; the temp folder's random name may
      // hold "-4" too (junit-4159...), so the path is left out of the check
      assertThat(r.err().replace(file.toString(), "FILE"))
          .doesNotContain("-4")
          .doesNotContain("Exception");
    }
  }

  @Test
  void oversizedKeystoreAndTypedDataFilesNameTheLimit() throws IOException {
    Path pw = Files.writeString(dir.resolve("pw"), "x");
    Path keystore = big("k.json", "{\"pad\":\"", 'a', 1 << 20, "\"}");
    assertOneLineError(
        timed(
            "keystore", "decrypt", "--file", keystore.toString(), "--password-file", pw.toString()),
        "is larger than the limit of 64 KiB");
    Path key = Files.writeString(dir.resolve("key"), KeyCommandsTest.KEY0);
    Path typed = big("t.json", "{\"pad\":\"", 'a', 2 << 20, "\"}");
    assertOneLineError(
        timed(
            "message",
            "sign",
            "--private-key-file",
            key.toString(),
            "--typed-data-file",
            typed.toString()),
        "typed data is larger than the limit of 1024 KiB");
  }
}
