package io.abacus.app.cli.tx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.send.TransactionSummary;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.tx.SignedTransaction;
import io.abacus.wallet.tx.Transaction;
import io.abacus.wallet.tx.TransactionJson;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The air-gapped file formats. Unsigned: the transaction fields of the {@code tx sign --tx}
 * contract plus {@code format}, {@code version}, {@code from} and {@code summary}. Signed: {@code
 * format}, {@code version}, {@code raw}, {@code hash}, {@code from}, {@code chainId}, {@code
 * nonce}.
 */
final class TxFiles {
  static final String UNSIGNED = "abacus-unsigned-tx";
  static final String SIGNED = "abacus-signed-tx";
  static final int VERSION = 1;

  private TxFiles() {}

  static ObjectNode unsigned(Transaction tx, TransactionSummary summary) {
    ObjectNode o = JsonOutput.object();
    o.put("format", UNSIGNED);
    o.put("version", VERSION);
    o.put("from", summary.from().toString());
    o.setAll(TransactionJson.toJson(tx));
    ObjectNode s = o.putObject("summary");
    s.put("from", summary.from().toString());
    s.put("to", summary.to() == null ? null : summary.to().toString());
    s.put("asset", summary.asset());
    s.put("amount", summary.amount());
    s.put("feeMinEth", summary.feeMin());
    s.put("feeMaxEth", summary.feeMax());
    s.put("network", summary.network());
    s.put("nonce", summary.nonce().toString());
    return o;
  }

  static ObjectNode signed(SignedTransaction s) {
    ObjectNode o = JsonOutput.object();
    o.put("format", SIGNED);
    o.put("version", VERSION);
    o.put("raw", s.raw().toHex());
    o.put("hash", s.hash().toHex());
    o.put("from", s.from().toString());
    o.put("chainId", s.transaction().chainId());
    o.put("nonce", s.transaction().nonce().toString());
    return o;
  }

  /**
   * Checks that {@code json} is an unsigned transaction this Abacus reads: a file of another
   * format, or of another version (written by a newer Abacus), is refused rather than guessed at.
   */
  static void requireUnsigned(Path file, JsonNode json) {
    if (!json.isObject()) {
      throw new UserException(file + " does not hold a transaction (a JSON object)");
    }
    if (json.has("format") && !UNSIGNED.equals(json.get("format").asText())) {
      throw new UserException(
          file + " is a '" + json.get("format").asText() + "' file, not an unsigned transaction");
    }
    requireVersion(file, json);
  }

  private static void requireVersion(Path file, JsonNode json) {
    if (json.has("version")
        && !(json.get("version").canConvertToInt() && json.get("version").asInt() == VERSION)) {
      throw new UserException(
          file + " has version " + json.get("version") + "; this Abacus reads version " + VERSION);
    }
  }

  /** The raw transaction in a signed file, or a file holding just 0x-hex. */
  static HexBytes raw(Path file, String text, JsonNode json) {
    if (json != null && json.isObject()) {
      if (json.has("format") && !SIGNED.equals(json.get("format").asText())) {
        throw new UserException(
            file
                + " is a '"
                + json.get("format").asText()
                + "' file, not a signed transaction (sign it first with 'tx sign')");
      }
      requireVersion(file, json);
      if (!json.path("raw").isTextual()) {
        throw new UserException(file + " has no 'raw' field");
      }
      text = json.get("raw").asText();
    }
    try {
      return HexBytes.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new UserException(file + " does not hold a raw transaction: " + e.getMessage());
    }
  }

  static void write(Path file, ObjectNode json) {
    try {
      AtomicFile.write(file, JsonOutput.pretty(json));
    } catch (IOException e) {
      throw new UserException("cannot write " + file + ": " + e.getMessage());
    }
  }
}
