package io.abacus.app.cli.tx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.InputFiles;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.send.TransactionSummary;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.storage.InputLimits;
import io.abacus.wallet.tx.SignedTransaction;
import io.abacus.wallet.tx.Transaction;
import io.abacus.wallet.tx.TransactionJson;
import io.abacus.wallet.tx.TransactionSigner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tx sign}: offline; opens no network connection. */
@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    description = {
      "Sign a transaction file offline (no network connection is opened).",
      "Prints {\"raw\",\"hash\",\"from\"} with --json; --out also writes the signed file."
    })
public final class TxSignCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--tx",
      required = true,
      paramLabel = "TX.json",
      description = "Unsigned transaction (JSON).")
  Path txFile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  SigningKey key;

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the signed transaction file here.")
  Path out;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public TxSignCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    JsonNode doc = InputFiles.json(txFile, "transaction file", InputLimits.TRANSACTION_FILE);
    TxFiles.requireUnsigned(txFile, doc);
    Transaction tx;
    try {
      tx = TransactionJson.parse(doc);
    } catch (IllegalArgumentException e) {
      throw new UserException(txFile + ": " + e.getMessage());
    }
    SignedTransaction signed;
    try (SigningKey.Held holder = key.open(context, spec)) {
      Signer signer = holder.signer();
      String keySource = key.describe();
      if (doc.hasNonNull("from")) {
        Address expected = Address.parse(doc.get("from").asText());
        if (!expected.equals(signer.address())) {
          throw new UserException(
              "the key of "
                  + keySource
                  + " is for "
                  + signer.address()
                  + " but "
                  + txFile
                  + " is from "
                  + expected);
        }
      }
      if (!json) {
        // Recomputed from the transaction itself, not copied from the file's summary, which the
        // online machine wrote and could have got wrong.
        TransactionSummary.of(
                tx, signer.address(), "chain " + tx.chainId(), Optional.empty(), Optional.empty())
            .lines()
            .forEach(context.err()::println);
      }
      signed = TransactionSigner.sign(tx, signer);
    }
    if (out != null) {
      TxFiles.write(out, TxFiles.signed(signed));
    }
    if (json) {
      ObjectNode o = JsonOutput.object();
      o.put("raw", signed.raw().toHex());
      o.put("hash", signed.hash().toHex());
      o.put("from", signed.from().toString());
      JsonOutput.print(context.out(), o);
    } else {
      context.out().println("from: " + signed.from());
      context.out().println("hash: " + signed.hash());
      context.out().println("raw:  " + signed.raw());
      if (out != null) {
        context.out().println("signed transaction written to " + out);
      }
    }
    return 0;
  }
}
