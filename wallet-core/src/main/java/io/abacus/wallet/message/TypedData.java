package io.abacus.wallet.message;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.hash.Keccak256;
import io.abacus.wallet.signing.Secp256k1;
import io.abacus.wallet.signing.Signature;
import io.abacus.wallet.signing.Signer;

/**
 * EIP-712 typed data in the {@code eth_signTypedData_v4} JSON form (nested structs, arrays of any
 * depth), hashed by Abacus's own encoder so that the digest is the one ethers v6 and MetaMask's
 * {@code signTypedData_v4} compute; anything on which they could disagree, or that either refuses,
 * is refused with one line naming the field path.
 */
public final class TypedData {
  /** The largest typed-data document accepted, in characters. */
  public static final int MAX_CHARS = 1 << 20;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final String primaryType;
  private final byte[] digest;

  private TypedData(String primaryType, byte[] digest) {
    this.primaryType = primaryType;
    this.digest = digest;
  }

  /**
   * Parses and hashes typed data.
   *
   * @throws InvalidTypedDataException naming what is wrong, in one line
   */
  public static TypedData parse(String json) {
    if (json.length() > MAX_CHARS) {
      throw new InvalidTypedDataException(
          "typed data is larger than the limit of " + (MAX_CHARS >> 10) + " KiB");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidTypedDataException(
          e.getLocation() == null
              ? "typed data is not valid JSON"
              : "typed data is not valid JSON (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")");
    }
    checkShape(root);
    String primary = root.get("primaryType").textValue();
    if (primary.equals("EIP712Domain")) {
      throw new InvalidTypedDataException(
          "primaryType EIP712Domain (signing a bare domain) is not supported: "
              + "ethers refuses it and other wallets hash it differently");
    }
    Eip712Types types = new Eip712Types(Eip712Types.read(withoutDomain(root.get("types"))));
    if (!types.primaryType().equals(primary)) {
      throw new InvalidTypedDataException(
          "primaryType '"
              + Eip712Types.abbreviate(primary)
              + "' is not the top-level type; that is '"
              + types.primaryType()
              + "'");
    }
    byte[] domain =
        Eip712Domain.separator(root.get("types").get("EIP712Domain"), root.get("domain"));
    byte[] message = new Eip712Encoder(types).hashStruct(primary, root.get("message"), "message");
    byte[] all = new byte[66];
    all[0] = 0x19;
    all[1] = 0x01;
    System.arraycopy(domain, 0, all, 2, 32);
    System.arraycopy(message, 0, all, 34, 32);
    return new TypedData(primary, Keccak256.hash(all));
  }

  private static JsonNode withoutDomain(JsonNode types) {
    ObjectNode copy = ((ObjectNode) types).deepCopy();
    copy.remove("EIP712Domain");
    return copy;
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
    if (!root.get("types").isObject() || !root.get("primaryType").isTextual()) {
      throw new InvalidTypedDataException("'types' must be an object and 'primaryType' a string");
    }
    if (!root.get("domain").isObject() || !root.get("message").isObject()) {
      throw new InvalidTypedDataException("'domain' and 'message' must be objects");
    }
    if (!root.get("types").has("EIP712Domain")) {
      throw new InvalidTypedDataException("'types' lacks EIP712Domain");
    }
    String primary = root.get("primaryType").textValue();
    if (!root.get("types").has(primary)) {
      throw new InvalidTypedDataException(
          "primaryType '" + Eip712Types.abbreviate(primary) + "' is not defined in 'types'");
    }
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
