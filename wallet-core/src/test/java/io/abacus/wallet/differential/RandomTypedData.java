package io.abacus.wallet.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded random EIP-712 documents: up to five struct types in a random DAG, fields of every atomic
 * type, arrays up to three dimensions (fixed, dynamic, ragged), values at their bounds, partial
 * domains with salt; about a third carry one mutation that ethers or Abacus should refuse.
 */
final class RandomTypedData {
  /** A generated document; {@code mutation} is null for a valid one. */
  record Case(String json, String mutation) {}

  static final List<String> MUTATIONS =
      List.of(
          "missing",
          "extra",
          "range",
          "negative",
          "inexact",
          "badBytesN",
          "badChecksum",
          "oddHex",
          "negativeHex",
          "unknownType",
          "cycle",
          "fixedLength",
          "primaryMismatch",
          "domainMissing");
  private static final List<String> NAMES =
      List.of("Mail", "Person", "Asset", "Zeta", "Order", "Item", "Bid", "A", "B_2", "Permit");
  private static final List<String> DOMAIN =
      List.of("name", "version", "chainId", "verifyingContract", "salt");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Random rnd;
  private final RandomValues values;

  RandomTypedData(Random rnd) {
    this.rnd = rnd;
    this.values = new RandomValues(rnd);
  }

  Case next() {
    List<String> names = new ArrayList<>(NAMES);
    Collections.shuffle(names, rnd);
    int k = 1 + rnd.nextInt(5);
    names = names.subList(0, k);
    ObjectNode types = JSON.createObjectNode();
    ArrayNode domainType = types.putArray("EIP712Domain");
    for (int i = 0; i < k; i++) {
      ArrayNode fields = types.putArray(names.get(i));
      int count = (i == 0 ? 1 : 0) + rnd.nextInt(4);
      for (int f = 0; f < count; f++) {
        String base =
            i < k - 1 && rnd.nextInt(4) == 0
                ? names.get(i + 1 + rnd.nextInt(k - i - 1))
                : RandomValues.ATOMIC.get(rnd.nextInt(RandomValues.ATOMIC.size()));
        fields.addObject().put("name", "f" + f).put("type", base + dims(!isAtomic(base)));
      }
    }
    for (int i = 1; i < k; i++) {
      if (!referenced(types, names.get(i))) {
        ((ArrayNode) types.get(names.get(rnd.nextInt(i))))
            .addObject()
            .put("name", "r" + i)
            .put("type", names.get(i) + dims(true));
      }
    }
    ObjectNode domain = JSON.createObjectNode();
    for (String field : DOMAIN) {
      if (rnd.nextInt(10) < 6) {
        String type = RandomValues.domainType(field);
        domainType.addObject().put("name", field).put("type", type);
        domain.set(field, values.atomic(type));
      }
    }
    values.resetBudget();
    ObjectNode message = (ObjectNode) values.value(names.get(0), types);
    ObjectNode doc = JSON.createObjectNode();
    doc.set("types", types);
    doc.put("primaryType", names.get(0));
    doc.set("domain", domain);
    doc.set("message", message);
    if (rnd.nextInt(3) > 0) {
      return new Case(doc.toString(), null);
    }
    String mutation = MUTATIONS.get(rnd.nextInt(MUTATIONS.size()));
    return new Case(mutate(doc, names, mutation), mutation);
  }

  private String dims(boolean struct) {
    StringBuilder out = new StringBuilder();
    int n = rnd.nextInt(10);
    int count = n < 6 ? 0 : n < 8 ? 1 : n < 9 ? 2 : struct ? 2 : 3;
    for (int i = 0; i < count; i++) {
      out.append(rnd.nextBoolean() ? "[]" : "[" + (1 + rnd.nextInt(3)) + "]");
    }
    return out.toString();
  }

  private static boolean referenced(ObjectNode types, String name) {
    for (JsonNode fields : types) {
      for (JsonNode field : fields) {
        String type = field.get("type").asText();
        if (type.equals(name) || type.startsWith(name + "[")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isAtomic(String base) {
    return RandomValues.ATOMIC.contains(base);
  }

  private String mutate(ObjectNode doc, List<String> names, String mutation) {
    ObjectNode types = (ObjectNode) doc.get("types");
    ArrayNode primary = (ArrayNode) types.get(names.get(0));
    ObjectNode message = (ObjectNode) doc.get("message");
    switch (mutation) {
      case "missing" ->
          message.remove(primary.get(rnd.nextInt(primary.size())).get("name").asText());
      case "extra" -> message.put("zExtra", 1);
      case "range" -> addField(primary, message, "uint8", JSON.getNodeFactory().numberNode(256));
      case "negative" ->
          addField(primary, message, "uint256", JSON.getNodeFactory().textNode("-1"));
      case "inexact" -> {
        addField(primary, message, "uint256", JSON.getNodeFactory().textNode("@@NUM@@"));
        return doc.toString()
            .replace("\"@@NUM@@\"", rnd.nextBoolean() ? "1e21" : "9007199254740993");
      }
      case "badBytesN" ->
          addField(primary, message, "bytes4", JSON.getNodeFactory().textNode("0x0102"));
      case "badChecksum" ->
          addField(
              primary,
              message,
              "address",
              JSON.getNodeFactory().textNode("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD827"));
      case "negativeHex" ->
          addField(primary, message, "int64", JSON.getNodeFactory().textNode("-0x10"));
      case "oddHex" -> addField(primary, message, "bytes", JSON.getNodeFactory().textNode("0x123"));
      case "unknownType" -> addField(primary, message, "Nope", JSON.getNodeFactory().objectNode());
      case "cycle" ->
          ((ArrayNode) types.get(names.get(names.size() - 1)))
              .addObject()
              .put("name", "loop")
              .put("type", names.get(0) + "[]");
      case "fixedLength" -> {
        ArrayNode one = JSON.createArrayNode().add(1);
        addField(primary, message, "uint8[2]", one);
      }
      case "primaryMismatch" ->
          doc.put("primaryType", names.get(names.size() - 1) + (names.size() == 1 ? "X" : ""));
      case "domainMissing" -> {
        ArrayNode declared = ((ArrayNode) types.get("EIP712Domain")).removeAll();
        for (String field : DOMAIN) {
          declared.addObject().put("name", field).put("type", RandomValues.domainType(field));
        }
      }
      default -> throw new IllegalArgumentException(mutation);
    }
    return doc.toString();
  }

  private static void addField(ArrayNode fields, ObjectNode message, String type, JsonNode value) {
    fields.addObject().put("name", "zMut").put("type", type);
    message.set("zMut", value);
  }
}
