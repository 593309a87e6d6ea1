package io.abacus.wallet.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.message.PersonalMessage;
import io.abacus.wallet.signing.Signature;
import io.abacus.wallet.signing.Signer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A statement file: {@code {"statement":{...},"signatures":[{"signer","signature"}]}}, where each
 * signature is an EIP-191 {@code personal_sign} by one of the statement's accounts over the exact
 * UTF-8 bytes of the RFC 8785 canonical form of {@code statement} ({@link Jcs}). The statement is
 * kept as read, so members this version does not know are still covered by the signatures.
 */
public final class SignedStatement {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
          .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode statementJson;
  private final Statement statement;
  private final List<StatementSignature> signatures;

  private SignedStatement(
      ObjectNode statementJson, Statement statement, List<StatementSignature> signatures) {
    this.statementJson = statementJson;
    this.statement = statement;
    this.signatures = List.copyOf(signatures);
  }

  /**
   * Signs {@code statement} with one signer per account, in the order of its accounts.
   *
   * @throws IllegalArgumentException if the signers are not exactly the statement's accounts
   */
  public static SignedStatement sign(Statement statement, List<? extends Signer> signers) {
    ObjectNode node = JSON.valueToTree(statement);
    byte[] message = Jcs.canonicalize(node);
    List<StatementSignature> out = new ArrayList<>();
    for (String account : statement.accounts()) {
      Signer signer =
          signers.stream()
              .filter(s -> s.address().toLowerHex().equals(account.toLowerCase(Locale.ROOT)))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("no signer for account " + account));
      Signature sig = PersonalMessage.sign(signer, message);
      out.add(new StatementSignature(signer.address().toString(), sig.toHex()));
    }
    if (signers.size() != out.size()) {
      throw new IllegalArgumentException("a signer is not one of the statement's accounts");
    }
    return new SignedStatement(node, statement, out);
  }

  /**
   * Reads a statement file.
   *
   * @throws IllegalArgumentException (one line) if it is not JSON of this format
   */
  public static SignedStatement parse(byte[] file) {
    try {
      JsonNode root = JSON.readTree(file);
      if (root == null || !root.path("statement").isObject()) {
        throw new IllegalArgumentException("not a statement file: no \"statement\" object");
      }
      ObjectNode node = (ObjectNode) root.get("statement");
      String format = node.path("format").asText("");
      if (!Statement.FORMAT.equals(format)) {
        throw new IllegalArgumentException(
            "unsupported statement format '" + format + "' (expected " + Statement.FORMAT + ")");
      }
      Statement statement = JSON.treeToValue(node, Statement.class);
      List<StatementSignature> sigs = new ArrayList<>();
      JsonNode list = root.path("signatures");
      if (!list.isArray()) {
        throw new IllegalArgumentException("not a statement file: no \"signatures\" array");
      }
      for (JsonNode s : list) {
        sigs.add(
            new StatementSignature(s.path("signer").asText(""), s.path("signature").asText("")));
      }
      return new SignedStatement(node, statement, sigs);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a statement file: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a statement file: " + e.getMessage(), e);
    }
  }

  /** The statement (typed view of {@link #statementJson()}). */
  public Statement statement() {
    return statement;
  }

  /** The statement as read or signed. */
  public JsonNode statementJson() {
    return statementJson.deepCopy();
  }

  /** The signatures, as in the file. */
  public List<StatementSignature> signatures() {
    return signatures;
  }

  /**
   * The bytes every signature covers: the JCS form of the statement.
   *
   * @throws IllegalArgumentException if the statement holds a floating-point or unsafe number
   */
  public byte[] signedBytes() {
    return Jcs.canonicalize(statementJson);
  }

  /** The file, indented JSON in UTF-8. */
  public byte[] toBytes() {
    ObjectNode root = JSON.createObjectNode();
    root.set("statement", statementJson.deepCopy());
    ArrayNode list = root.putArray("signatures");
    for (StatementSignature s : signatures) {
      list.addObject().put("signer", s.signer()).put("signature", s.signature());
    }
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The file with {@code edited} in place of the statement and the same signatures (which then no
   * longer match): what someone who edits the file without the keys produces.
   */
  public SignedStatement withUnsignedStatement(Statement edited) {
    return new SignedStatement(JSON.valueToTree(edited), edited, signatures);
  }

  /** The accounts whose valid signatures the file carries, in the order of the file. */
  public List<Address> validSigners() {
    Set<Address> out = new LinkedHashSet<>();
    byte[] message;
    try {
      message = signedBytes();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    for (StatementSignature s : signatures) {
      recover(message, s).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * Checks the signatures: each must recover to its {@code signer}, which must be one of the
   * statement's accounts, and every account must have signed.
   *
   * @return one {@link StatementProblem.Kind#SIGNATURE} problem per fault; empty when all is well
   */
  public List<StatementProblem> checkSignatures() {
    List<StatementProblem> problems = new ArrayList<>();
    byte[] message;
    try {
      message = signedBytes();
    } catch (IllegalArgumentException e) {
      problems.add(problem("statement cannot be signed: " + e.getMessage()));
      return problems;
    }
    Set<String> accounts = new LinkedHashSet<>();
    statement.accounts().forEach(a -> accounts.add(a.toLowerCase(Locale.ROOT)));
    Set<String> signed = new LinkedHashSet<>();
    for (StatementSignature s : signatures) {
      Optional<Address> by = recover(message, s);
      String claimed = s.signer().toLowerCase(Locale.ROOT);
      if (by.isEmpty()) {
        problems.add(problem("signature of " + s.signer() + " does not match the statement"));
      } else if (!accounts.contains(claimed)) {
        problems.add(problem(s.signer() + " is not one of the statement's accounts"));
      } else {
        signed.add(claimed);
      }
    }
    for (String account : accounts) {
      if (!signed.contains(account)) {
        problems.add(problem("no valid signature by account " + account));
      }
    }
    return problems;
  }

  /** The signer, if {@code s} is a well-formed signature of {@code message} by {@code s.signer}. */
  private static Optional<Address> recover(byte[] message, StatementSignature s) {
    try {
      byte[] raw = HexBytes.parse(s.signature()).toBytes();
      if (raw.length != 65) {
        return Optional.empty();
      }
      Address by = PersonalMessage.recover(message, Signature.fromBytes65(raw));
      Address claimed = Address.parse(s.signer());
      return by.equals(claimed) ? Optional.of(by) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static StatementProblem problem(String detail) {
    return new StatementProblem(StatementProblem.Kind.SIGNATURE, null, detail);
  }
}
