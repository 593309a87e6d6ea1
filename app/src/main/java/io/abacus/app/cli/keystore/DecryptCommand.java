package io.abacus.app.cli.keystore;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.input.CliInput;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.keystore.Keystore;
import io.abacus.wallet.keystore.KeystoreException;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.signing.Secp256k1;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code abacus keystore decrypt}: checks a password and prints the file's address. */
@Command(
    name = "decrypt",
    description = "Decrypt a v3 keystore file and print its address (never the key).",
    mixinStandardHelpOptions = true)
public final class DecryptCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--file", required = true, paramLabel = "F", description = "Keystore file, or -.")
  String file;

  @Option(
      names = "--password-file",
      paramLabel = "P",
      description = "File with the password, or -.")
  String passwordFile;

  @Option(names = "--json", description = "Print {\"address\":...}.")
  boolean json;

  public DecryptCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    CliInput input = new CliInput(context);
    byte[] content = input.readBytes(file, "keystore file", Keystore.MAX_CHARS);
    String text = new String(content, StandardCharsets.UTF_8);
    char[] password = input.password(passwordFile, "--password-file", "Keystore password");
    byte[] pw = SecretBytes.utf8(password);
    Address address;
    try (SecretBytes key = Keystore.decrypt(text, pw)) {
      address = key.apply(k -> Secp256k1.addressOf(Secp256k1.publicKey(k)));
    } catch (KeystoreException e) {
      throw new UserException(file + ": " + e.getMessage(), e);
    } finally {
      SecretBytes.wipe(pw);
      SecretBytes.wipe(password);
      SecretBytes.wipe(content);
    }
    if (json) {
      input.printJson(input.json().put("address", address.toString()));
    } else {
      context.out().println(address);
    }
    return 0;
  }
}
