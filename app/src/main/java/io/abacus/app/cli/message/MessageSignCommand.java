package io.abacus.app.cli.message;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.app.cli.common.KeyFile;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.signing.Signature;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code message sign}: prints {@code {"signature","address"}}. */
@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    description = "Sign a message or typed data; offline.")
public final class MessageSignCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin MessageInput input = new MessageInput();

  @Option(
      names = "--private-key-file",
      required = true,
      paramLabel = "FILE",
      description = "File holding the private key as hex.")
  Path keyFile;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public MessageSignCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    byte[] digest = input.digest();
    Signature signature;
    String address;
    try (PrivateKeySigner signer = KeyFile.signer(keyFile)) {
      signature = signer.signDigest(digest);
      address = signer.address().toString();
    }
    if (json) {
      ObjectNode o = JsonOutput.object();
      o.put("signature", signature.toHex());
      o.put("address", address);
      JsonOutput.print(context.out(), o);
    } else {
      context.out().println("signature: " + signature.toHex());
      context.out().println("address:   " + address);
    }
    return 0;
  }
}
