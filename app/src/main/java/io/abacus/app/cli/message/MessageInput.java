package io.abacus.app.cli.message;

import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.InputFiles;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.message.PersonalMessage;
import io.abacus.wallet.message.TypedData;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Either a personal message file (text, or hex bytes with --hex) or a typed-data JSON file. */
final class MessageInput {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @ArgGroup(exclusive = false)
    Personal personal;

    @Option(
        names = "--typed-data-file",
        required = true,
        paramLabel = "FILE",
        description = "EIP-712 typed data (eth_signTypedData_v4 JSON).")
    Path typedDataFile;
  }

  static final class Personal {
    @Option(
        names = "--message-file",
        required = true,
        paramLabel = "FILE",
        description = "Message signed with personal_sign (EIP-191).")
    Path messageFile;

    @Option(
        names = "--hex",
        description =
            "The message file holds 0x-hex text; the bytes it spells are what is signed or"
                + " verified (personal_sign of raw bytes), not the text itself.")
    boolean hex;
  }

  /** The 32-byte digest to sign or recover against. */
  byte[] digest() {
    if (source.typedDataFile != null) {
      try {
        return TypedData.parse(InputFiles.text(source.typedDataFile, "typed data file"))
            .digest()
            .toBytes();
      } catch (IllegalArgumentException e) {
        throw new UserException(source.typedDataFile + ": " + e.getMessage());
      }
    }
    Path file = source.personal.messageFile;
    byte[] message = InputFiles.bytes(file, "message file");
    if (source.personal.hex) {
      try {
        message =
            HexBytes.parse(new String(message, java.nio.charset.StandardCharsets.UTF_8)).toBytes();
      } catch (IllegalArgumentException e) {
        throw new UserException(file + " is not hex (--hex): " + e.getMessage());
      }
    }
    return PersonalMessage.digest(message);
  }
}
