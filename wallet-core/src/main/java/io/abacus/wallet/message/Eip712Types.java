package io.abacus.wallet.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.hash.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The struct types of an EIP-712 document, checked the way ethers' {@code TypedDataEncoder} checks
 * them: unique field names, every referenced type defined or atomic, no cycles, and exactly one
 * top-level type (the primary type). Holds each type's {@code encodeType} string (the type followed
 * by its dependencies sorted by name) and its type hash.
 */
final class Eip712Types {
  /** More types than any real dApp sends; bounds the quadratic size of the encodeType strings. */
  static final int MAX_TYPES = 256;

  /** Longest encodeType string (a type and its dependencies); real ones are under 1 KiB. */
  static final int MAX_ENCODED_TYPE = 64 * 1024;

  /*
   * Checked before anything else looks at a name: possessive quantifiers only, so a hostile dApp
   * cannot freeze the wallet with a name like "uint256[1111111111111111111111111111x" (the
   * backtracking regex of the library used before did exactly that).
   */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,127}+");
  private static final Pattern TYPE =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,127}+(?:\\[(?:[1-9][0-9]{0,5}+)?\\]){0,8}+");
  private static final Pattern ATOMIC_LIKE =
      Pattern.compile("u?int[0-9]*+|bytes[0-9]*+|bool|address|string");

  /** One declared field. */
  record Field(String name, String type) {}

  private final Map<String, List<Field>> structs;
  private final Map<String, byte[]> typeHashes = new LinkedHashMap<>();
  private final String primaryType;

  /**
   * Checks {@code types} (without {@code EIP712Domain}, which the domain handles).
   *
   * @throws InvalidTypedDataException naming the type or field at fault
   */
  Eip712Types(Map<String, List<Field>> structs) {
    this.structs = structs;
    Map<String, Set<String>> children = new LinkedHashMap<>();
    Set<String> referenced = new HashSet<>();
    for (Map.Entry<String, List<Field>> type : structs.entrySet()) {
      Set<String> direct = new TreeSet<>();
      for (Field field : type.getValue()) {
        String base = baseOf(field.type());
        if (Eip712Values.isAtomic(base)) {
          continue;
        }
        if (base.equals("EIP712Domain")) {
          throw new InvalidTypedDataException(
              "types." + type.getKey() + "." + field.name() + ": EIP712Domain is not a field type");
        }
        if (!structs.containsKey(base)) {
          throw new InvalidTypedDataException(
              "types." + type.getKey() + "." + field.name() + ": unknown type '" + base + "'");
        }
        direct.add(base);
        referenced.add(base);
      }
      children.put(type.getKey(), direct);
    }
    List<String> roots = new ArrayList<>();
    for (String name : structs.keySet()) {
      if (!referenced.contains(name)) {
        roots.add(name);
      }
    }
    if (roots.size() != 1) {
      throw new InvalidTypedDataException(
          roots.isEmpty()
              ? "types: every type is used by another one (the type graph is cyclic)"
              : "types: more than one top-level type (" + String.join(", ", roots) + ")");
    }
    this.primaryType = roots.get(0);
    Map<String, Set<String>> closures = new HashMap<>();
    for (String name : structs.keySet()) {
      StringBuilder encoded = new StringBuilder(encodeOne(name));
      for (String dep : closure(name, children, closures, new HashSet<>())) {
        encoded.append(encodeOne(dep));
        if (encoded.length() > MAX_ENCODED_TYPE) {
          throw new InvalidTypedDataException(
              "types." + name + ": the type and its dependencies exceed the limit of 64 KiB");
        }
      }
      typeHashes.put(name, Keccak256.hash(encoded.toString().getBytes(StandardCharsets.UTF_8)));
    }
  }

  /**
   * Reads the {@code types} object, leaving out {@code EIP712Domain}.
   *
   * @throws InvalidTypedDataException if a name or type is malformed or a field name repeats
   */
  static Map<String, List<Field>> read(JsonNode types) {
    if (types.size() > MAX_TYPES + 1) {
      throw new InvalidTypedDataException("types: more than " + MAX_TYPES + " types");
    }
    Map<String, List<Field>> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> type = it.next();
      String name = type.getKey();
      if (!IDENTIFIER.matcher(name).matches()) {
        throw new InvalidTypedDataException(
            "types: type name '" + abbreviate(name) + "' is not an identifier");
      }
      if (ATOMIC_LIKE.matcher(name).matches()) {
        throw new InvalidTypedDataException(
            "types: '" + name + "' is an atomic type name and cannot name a struct");
      }
      out.put(name, fields(name, type.getValue()));
    }
    return out;
  }

  private static List<Field> fields(String type, JsonNode declared) {
    if (!declared.isArray()) {
      throw new InvalidTypedDataException("types." + type + " must be an array of fields");
    }
    List<Field> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonNode f : declared) {
      if (!f.isObject() || f.size() != 2 || !f.path("name").isTextual()) {
        throw new InvalidTypedDataException(
            "types." + type + ": every field needs exactly a string 'name' and 'type'");
      }
      if (!f.path("type").isTextual()) {
        throw new InvalidTypedDataException(
            "types." + type + ": every field needs exactly a string 'name' and 'type'");
      }
      String name = f.get("name").asText();
      String fieldType = f.get("type").asText();
      if (!IDENTIFIER.matcher(name).matches()) {
        throw new InvalidTypedDataException(
            "types." + type + ": field name '" + abbreviate(name) + "' is not an identifier");
      }
      if (!TYPE.matcher(fieldType).matches()) {
        throw new InvalidTypedDataException(
            "types."
                + type
                + "."
                + name
                + ": '"
                + abbreviate(fieldType)
                + "' is not a type name with at most 8 array dimensions");
      }
      if (!names.add(name)) {
        throw new InvalidTypedDataException(
            "types." + type + ": field '" + name + "' is declared twice");
      }
      fields.add(new Field(name, fieldType));
    }
    return fields;
  }

  /** All struct types {@code type} depends on, sorted; memoised, so shared subtypes cost once. */
  private static Set<String> closure(
      String type,
      Map<String, Set<String>> children,
      Map<String, Set<String>> done,
      Set<String> path) {
    Set<String> known = done.get(type);
    if (known != null) {
      return known;
    }
    if (!path.add(type)) {
      throw new InvalidTypedDataException("types: '" + type + "' refers to itself (cyclic types)");
    }
    Set<String> deps = new TreeSet<>();
    for (String child : children.get(type)) {
      deps.add(child);
      deps.addAll(closure(child, children, done, path));
    }
    path.remove(type);
    done.put(type, deps);
    return deps;
  }

  private String encodeOne(String name) {
    StringBuilder out = new StringBuilder(name).append('(');
    List<Field> fields = structs.get(name);
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(fields.get(i).type()).append(' ').append(fields.get(i).name());
    }
    return out.append(')').toString();
  }

  /** The base type of a (possibly array) type: {@code "S[2][]"} gives {@code "S"}. */
  static String baseOf(String type) {
    int bracket = type.indexOf('[');
    return bracket < 0 ? type : type.substring(0, bracket);
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  /** The only top-level type. */
  String primaryType() {
    return primaryType;
  }

  /** True for a declared struct type. */
  boolean isStruct(String type) {
    return structs.containsKey(type);
  }

  /** The declared fields of a struct, in order. */
  List<Field> fieldsOf(String struct) {
    return structs.get(struct);
  }

  /** {@code keccak256(encodeType(struct))}. */
  byte[] typeHash(String struct) {
    return typeHashes.get(struct);
  }
}
