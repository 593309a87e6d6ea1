package io.abacus.wallet.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.signing.Secp256k1;
import io.abacus.wallet.signing.Signature;
import io.abacus.wallet.signing.Signer;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * EIP-712 typed data in the {@code eth_signTypedData_v4} JSON form (nested structs, arrays), hashed
 * with Web3j's {@link StructuredDataEncoder} after our own structural checks.
 */
public final class TypedData {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /*
   * Checked before Web3j sees the document: Web3j's own type-name regex has nested quantifiers
   * that backtrack exponentially (found by TypedDataPropertyTest), so a hostile dApp could freeze
   * the wallet with a name like "uint256[1111111111111111111111111111x".
   */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,127}+");
  private static final Pattern TYPE =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,127}+(?:\\[(?:[1-9][0-9]{0,5}+)?\\]){0,8}+");

  private final String primaryType;
  private final byte[] digest;

  private TypedData(String primaryType, byte[] digest) {
    this.primaryType = primaryType;
    this.digest = digest;
  }

  /**
   * Parses and hashes typed data.
   *
   * @throws InvalidTypedDataException naming what is wrong
   */
  public static TypedData parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidTypedDataException(
          "typed data is not valid JSON: " + e.getOriginalMessage());
    }
    checkShape(root);
    try {
      StructuredDataEncoder encoder = new StructuredDataEncoder(json);
      return new TypedData(root.get("primaryType").asText(), encoder.hashStructuredData());
    } catch (IOException | RuntimeException e) {
      // Web3j signals every content error as a bare RuntimeException (or worse); one type for all.
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InvalidTypedDataException("typed data cannot be encoded: " + why, e);
    }
  }

  private static void checkShape(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new InvalidTypedDataException("typed data must be a JSON object");
    }
    for (String field : new String[] {"types", "primaryType", "domain", "message"}) {
      if (!root.hasNonNull(field)) {
        throw new InvalidTypedDataException("typed data lacks '" + field + "'");
      }
    }
    JsonNode types = root.get("types");
    if (!types.isObject() || !root.get("primaryType").isTextual()) {
      throw new InvalidTypedDataException("'types' must be an object and 'primaryType' a string");
    }
    if (!root.get("domain").isObject() || !root.get("message").isObject()) {
      throw new InvalidTypedDataException("'domain' and 'message' must be objects");
    }
    if (!types.has("EIP712Domain")) {
      throw new InvalidTypedDataException("'types' lacks EIP712Domain");
    }
    String primary = root.get("primaryType").asText();
    if (!types.has(primary)) {
      throw new InvalidTypedDataException(
          "primaryType '" + primary + "' is not defined in 'types'");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> type = it.next();
      if (!IDENTIFIER.matcher(type.getKey()).matches()) {
        throw new InvalidTypedDataException(
            "type name '" + abbreviate(type.getKey()) + "' is not an identifier");
      }
      if (!type.getValue().isArray()) {
        throw new InvalidTypedDataException(
            "type '" + type.getKey() + "' must be an array of fields");
      }
      for (JsonNode f : type.getValue()) {
        if (!f.path("name").isTextual() || !f.path("type").isTextual()) {
          throw new InvalidTypedDataException(
              "every field of '" + type.getKey() + "' needs a string 'name' and 'type'");
        }
        if (!IDENTIFIER.matcher(f.get("name").asText()).matches()) {
          throw new InvalidTypedDataException(
              "field name '"
                  + abbreviate(f.get("name").asText())
                  + "' in '"
                  + type.getKey()
                  + "' is not an identifier");
        }
        if (!TYPE.matcher(f.get("type").asText()).matches()) {
          throw new InvalidTypedDataException(
              "field type '"
                  + abbreviate(f.get("type").asText())
                  + "' in '"
                  + type.getKey()
                  + "' is not a type name with at most 8 array dimensions");
        }
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  /** The type of the signed message. */
  public String primaryType() {
    return primaryType;
  }

  /** The EIP-712 digest: {@code keccak256(0x1901 || domainSeparator || hashStruct(message))}. */
  public HexBytes digest() {
    return HexBytes.of(digest);
  }

  /** Signs the digest. */
  public Signature sign(Signer signer) {
    return signer.signDigest(digest.clone());
  }

  /**
   * The address that signed this data.
   *
   * @throws IllegalArgumentException if no signer can be recovered
   */
  public Address recover(Signature signature) {
    return Secp256k1.recover(digest.clone(), signature);
  }
}
