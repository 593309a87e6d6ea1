package io.abacus.app.cli.message;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.signing.Secp256k1;
import io.abacus.wallet.signing.Signature;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code message verify}: recovers the signer; with --address, fails unless it matches. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Recover the signer of a message or typed data.")
public final class MessageVerifyCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin MessageInput input = new MessageInput();

  @Option(
      names = "--signature",
      required = true,
      paramLabel = "HEX",
      description = "65-byte signature r||s||v (v 27/28 or 0/1).")
  String signatureHex;

  @Option(
      names = "--address",
      paramLabel = "ADDRESS",
      description = "Expected signer; exit 1 if another key signed.")
  String expected;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public MessageVerifyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Signature signature = parse(signatureHex);
    Address signer;
    try {
      signer = Secp256k1.recover(input.digest(), signature);
    } catch (IllegalArgumentException e) {
      throw new UserException("no signer can be recovered from this signature");
    }
    if (expected != null) {
      Address want;
      try {
        want = Address.parse(expected);
      } catch (IllegalArgumentException e) {
        throw new UserException("--address: " + e.getMessage());
      }
      if (!want.equals(signer)) {
        throw new UserException("signature is by " + signer + ", not by " + want);
      }
    }
    if (json) {
      ObjectNode o = JsonOutput.object();
      o.put("address", signer.toString());
      o.put("valid", true);
      JsonOutput.print(context.out(), o);
    } else {
      context.out().println(signer);
    }
    return 0;
  }

  private static Signature parse(String hex) {
    byte[] b;
    try {
      b = HexBytes.parse(hex).toBytes();
    } catch (IllegalArgumentException e) {
      throw new UserException("--signature is not hex: " + e.getMessage());
    }
    if (b.length != 65) {
      throw new UserException("--signature must be 65 bytes (130 hex digits), not " + b.length);
    }
    int v = b[64] & 0xff;
    if (v != 0 && v != 1 && v != 27 && v != 28) {
      throw new UserException("--signature has v=" + v + "; expected 27, 28, 0 or 1");
    }
    try {
      return Signature.fromBytes65(b);
    } catch (IllegalArgumentException e) {
      throw new UserException("--signature: " + e.getMessage());
    }
  }
}
