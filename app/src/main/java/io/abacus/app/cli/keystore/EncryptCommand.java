package io.abacus.app.cli.keystore;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.input.CliInput;
import io.abacus.wallet.keystore.Keystore;
import io.abacus.wallet.keystore.KeystoreKdf;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code abacus keystore encrypt}: writes a v3 file for a raw private key. */
@Command(
    name = "encrypt",
    description = "Encrypt a raw private key (64 hex digits) into a v3 keystore file.",
    mixinStandardHelpOptions = true)
public final class EncryptCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--private-key-file",
      required = true,
      paramLabel = "K",
      description = "File with the key in hex, or -.")
  String keyFile;

  @Option(
      names = "--password-file",
      paramLabel = "P",
      description =
          "File with the password, or -. The password is used as the UTF-8 bytes given, not"
              + " Unicode-normalised (as geth does); decrypt also tries the NFKC form that ethers"
              + " and MetaMask use.")
  String passwordFile;

  @Option(names = "--out", required = true, paramLabel = "F", description = "File to write.")
  Path out;

  @Option(
      names = "--kdf",
      defaultValue = "scrypt",
      paramLabel = "scrypt|pbkdf2",
      description = "Key derivation (default scrypt, n=2^18 like geth).")
  String kdf;

  @Option(names = "--force", description = "Overwrite --out if it exists.")
  boolean force;

  public EncryptCommand(CliContext context) {
    this.context = context;
  }

  /** The KDF for a {@code --kdf} value. */
  public static KeystoreKdf kdfNamed(String name) {
    return switch (name) {
      case "scrypt" -> KeystoreKdf.Scrypt.STANDARD;
      case "pbkdf2" -> KeystoreKdf.Pbkdf2.STANDARD;
      default -> throw new UserException("--kdf must be scrypt or pbkdf2, not '" + name + "'");
    };
  }

  @Override
  public Integer call() throws IOException {
    KeystoreKdf chosen = kdfNamed(kdf);
    if (Files.exists(out) && !force) {
      throw new UserException(out + " exists; choose another --out or add --force");
    }
    CliInput input = new CliInput(context);
    byte[] text = input.readBytes(keyFile, "private key file");
    byte[] key = null;
    char[] password = null;
    byte[] pw = null;
    try {
      key = CliInput.parseHexKey(text, "the private key file");
      password = input.password(passwordFile, "--password-file", "New keystore password");
      pw = SecretBytes.utf8(password);
      String json;
      try {
        json = new Keystore(new SecureRandom()).encrypt(key, pw, chosen);
      } catch (IllegalArgumentException e) {
        throw new UserException("the private key file: " + e.getMessage(), e);
      }
      writeKeystore(out, json);
      context.out().println(out);
      return 0;
    } finally {
      SecretBytes.wipe(text);
      SecretBytes.wipe(key);
      SecretBytes.wipe(password);
      SecretBytes.wipe(pw);
    }
  }

  /** Writes a keystore file atomically. */
  public static void writeKeystore(Path file, String json) throws IOException {
    AtomicFile.write(file, (json + "\n").getBytes(StandardCharsets.UTF_8));
    Files.deleteIfExists(AtomicFile.backupOf(file));
  }
}
