package io.abacus.wallet.tx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.encoding.Quantities;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The JSON form of an unsigned transaction (the {@code tx sign --tx} contract): {@code type},
 * {@code chainId}, {@code nonce}, {@code to} (absent or null for creation), {@code value}, {@code
 * gasLimit}, {@code gasPrice} (types 0/1) or {@code maxFeePerGas} + {@code maxPriorityFeePerGas}
 * (type 2), {@code data}, {@code accessList}. Quantities may be JSON numbers, decimal strings or
 * 0x-hex strings. Unknown fields are refused so that a typo never silently drops a fee.
 */
public final class TransactionJson {
  /** Fields an unsigned-transaction file may carry besides the transaction itself. */
  public static final Set<String> ENVELOPE_FIELDS = Set.of("format", "version", "from", "summary");

  private static final Set<String> TX_FIELDS =
      Set.of(
          "type",
          "chainId",
          "nonce",
          "to",
          "value",
          "gasLimit",
          "gasPrice",
          "maxFeePerGas",
          "maxPriorityFeePerGas",
          "data",
          "accessList");

  private TransactionJson() {}

  /**
   * Reads a transaction object.
   *
   * @throws InvalidTransactionException naming the field that is missing, malformed or unknown
   */
  public static Transaction parse(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new InvalidTransactionException("the transaction must be a JSON object");
    }
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!TX_FIELDS.contains(name) && !ENVELOPE_FIELDS.contains(name)) {
        throw new InvalidTransactionException("unknown field '" + name + "' in the transaction");
      }
    }
    BigInteger typeValue = json.has("type") ? quantity(json, "type") : BigInteger.ZERO;
    int type = typeValue.bitLength() > 8 ? -1 : typeValue.intValue();
    BigInteger chain = quantity(json, "chainId");
    if (chain.bitLength() > 62) {
      throw new InvalidTransactionException("chainId is too large");
    }
    long chainId = chain.longValue();
    BigInteger nonce = quantity(json, "nonce");
    BigInteger gasLimit = quantity(json, "gasLimit");
    Address to = address(json.get("to"));
    BigInteger value = json.has("value") ? quantity(json, "value") : BigInteger.ZERO;
    HexBytes data = data(json.get("data"));
    switch (type) {
      case 0:
        forbid(json, "type 0", "maxFeePerGas", "maxPriorityFeePerGas", "accessList");
        return new LegacyTransaction(
            chainId, nonce, quantity(json, "gasPrice"), gasLimit, to, value, data);
      case 1:
        forbid(json, "type 1", "maxFeePerGas", "maxPriorityFeePerGas");
        return new AccessListTransaction(
            chainId,
            nonce,
            quantity(json, "gasPrice"),
            gasLimit,
            to,
            value,
            data,
            accessList(json.get("accessList")));
      case 2:
        forbid(json, "type 2", "gasPrice");
        return new DynamicFeeTransaction(
            chainId,
            nonce,
            quantity(json, "maxPriorityFeePerGas"),
            quantity(json, "maxFeePerGas"),
            gasLimit,
            to,
            value,
            data,
            accessList(json.get("accessList")));
      default:
        throw new InvalidTransactionException("type must be 0, 1 or 2, not " + typeValue);
    }
  }

  /** Writes {@code tx} with quantities as decimal strings. */
  public static ObjectNode toJson(Transaction tx) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", tx.type());
    o.put("chainId", String.valueOf(tx.chainId()));
    o.put("nonce", tx.nonce().toString());
    if (tx.to() == null) {
      o.putNull("to");
    } else {
      o.put("to", tx.to().toString());
    }
    o.put("value", tx.value().toString());
    o.put("gasLimit", tx.gasLimit().toString());
    List<AccessListEntry> accessList = List.of();
    if (tx instanceof DynamicFeeTransaction d) {
      o.put("maxFeePerGas", d.maxFeePerGas().toString());
      o.put("maxPriorityFeePerGas", d.maxPriorityFeePerGas().toString());
      accessList = d.accessList();
    } else {
      o.put("gasPrice", tx.maxFeePerGas().toString());
      if (tx instanceof AccessListTransaction a) {
        accessList = a.accessList();
      }
    }
    o.put("data", tx.data().toHex());
    if (tx.type() != 0) {
      ArrayNode list = o.putArray("accessList");
      for (AccessListEntry e : accessList) {
        ObjectNode entry = list.addObject();
        entry.put("address", e.address().toString());
        ArrayNode keys = entry.putArray("storageKeys");
        e.storageKeys().forEach(k -> keys.add(k.toHex()));
      }
    }
    return o;
  }

  /**
   * A quantity field: JSON number, decimal string or 0x-hex string.
   *
   * @throws InvalidTransactionException if missing or malformed
   */
  public static BigInteger quantity(JsonNode parent, String field) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      throw new InvalidTransactionException("field '" + field + "' is missing");
    }
    try {
      if (n.isIntegralNumber()) {
        return Quantities.checkRange(n.bigIntegerValue(), field);
      }
      if (n.isBigDecimal()) {
        return Quantities.checkRange(n.decimalValue().toBigIntegerExact(), field);
      }
      if (n.isTextual()) {
        return Quantities.parse(n.asText(), field);
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidTransactionException(e.getMessage(), e);
    } catch (ArithmeticException e) {
      throw new InvalidTransactionException(
          "field '" + field + "' = " + n + " is not a whole number");
    }
    throw new InvalidTransactionException(
        "field '" + field + "' must be a whole number, a decimal string or a 0x-hex string");
  }

  private static Address address(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new InvalidTransactionException("field 'to' must be an address string or null");
    }
    try {
      return Address.parse(n.asText());
    } catch (InvalidAddressException e) {
      throw new InvalidTransactionException("field 'to': " + e.getMessage(), e);
    }
  }

  private static HexBytes data(JsonNode n) {
    if (n == null || n.isNull()) {
      return HexBytes.EMPTY;
    }
    if (!n.isTextual()) {
      throw new InvalidTransactionException("field 'data' must be a hex string");
    }
    try {
      return HexBytes.parse(n.asText());
    } catch (IllegalArgumentException e) {
      throw new InvalidTransactionException("field 'data': " + e.getMessage(), e);
    }
  }

  private static List<AccessListEntry> accessList(JsonNode n) {
    List<AccessListEntry> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isArray()) {
      throw new InvalidTransactionException("field 'accessList' must be an array");
    }
    for (JsonNode entry : n) {
      JsonNode keys = entry.get("storageKeys");
      if (!entry.isObject()
          || !entry.path("address").isTextual()
          || keys == null
          || !keys.isArray()) {
        throw new InvalidTransactionException(
            "accessList entries must be {\"address\": .., \"storageKeys\": [..]}");
      }
      List<HexBytes> slots = new ArrayList<>();
      try {
        for (JsonNode k : keys) {
          slots.add(HexBytes.parse(k.asText()));
        }
        out.add(new AccessListEntry(Address.parse(entry.get("address").asText()), slots));
      } catch (IllegalArgumentException e) {
        throw new InvalidTransactionException("accessList: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static void forbid(JsonNode json, String type, String... fields) {
    for (String f : fields) {
      JsonNode n = json.get(f);
      boolean absent = n == null || n.isNull() || (n.isArray() && n.isEmpty());
      if (!absent) {
        throw new InvalidTransactionException(
            "field '" + f + "' does not belong in a " + type + " transaction");
      }
    }
  }
}
