package io.abacus.wallet.message;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EIP-712 domain separator. ethers builds the {@code EIP712Domain} type from the keys present
 * in the domain, in the order name, version, chainId, verifyingContract, salt; MetaMask uses the
 * declared type. Both give the same hash only when the declared type lists exactly the domain's
 * keys, in that order, with the standard types, so anything else is refused.
 */
final class Eip712Domain {
  private static final Map<String, String> STANDARD = new LinkedHashMap<>();

  static {
    STANDARD.put("name", "string");
    STANDARD.put("version", "string");
    STANDARD.put("chainId", "uint256");
    STANDARD.put("verifyingContract", "address");
    STANDARD.put("salt", "bytes32");
  }

  private Eip712Domain() {}

  /**
   * {@code hashStruct(EIP712Domain, domain)}.
   *
   * @throws InvalidTypedDataException if the declared type and the domain disagree or a value does
   *     not fit its type
   */
  static byte[] separator(JsonNode declared, JsonNode domain) {
    List<Eip712Types.Field> fields = Eip712Types.read(wrap(declared)).get("EIP712Domain");
    List<String> order = new ArrayList<>(STANDARD.keySet());
    int last = -1;
    for (Eip712Types.Field field : fields) {
      String standardType = STANDARD.get(field.name());
      if (standardType == null) {
        throw new InvalidTypedDataException(
            "types.EIP712Domain: '"
                + field.name()
                + "' is not a domain field (name, version, chainId, verifyingContract, salt)");
      }
      if (!standardType.equals(field.type())) {
        throw new InvalidTypedDataException(
            "types.EIP712Domain." + field.name() + ": must have type " + standardType);
      }
      int at = order.indexOf(field.name());
      if (at < last) {
        throw new InvalidTypedDataException(
            "types.EIP712Domain: fields must come in the order "
                + "name, version, chainId, verifyingContract, salt");
      }
      last = at;
    }
    for (Iterator<String> keys = domain.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (fields.stream().noneMatch(f -> f.name().equals(key))) {
        throw new InvalidTypedDataException(
            "domain." + Eip712Types.abbreviate(key) + ": not declared in types.EIP712Domain");
      }
    }
    Map<String, List<Eip712Types.Field>> only = new LinkedHashMap<>();
    only.put("EIP712Domain", fields);
    return new Eip712Encoder(new Eip712Types(only)).hashStruct("EIP712Domain", domain, "domain");
  }

  private static JsonNode wrap(JsonNode declared) {
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
        .objectNode()
        .set("EIP712Domain", declared);
  }
}
