package io.abacus.wallet.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.hash.Keccak256;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * EIP-712 {@code encodeData} / {@code hashStruct} over JSON values: recursive over structs and
 * arrays of any depth (fixed, dynamic and ragged), refusing a missing, extra or ill-typed field
 * with its path ({@code message.items[2].amount}).
 */
final class Eip712Encoder {
  private final Eip712Types types;

  Eip712Encoder(Eip712Types types) {
    this.types = types;
  }

  /**
   * {@code keccak256(typeHash || encodeData(value))} of a struct value.
   *
   * @throws InvalidTypedDataException naming the path of the first value that does not fit
   */
  byte[] hashStruct(String struct, JsonNode value, String path) {
    if (value == null || !value.isObject()) {
      throw new InvalidTypedDataException(path + ": must be an object of type " + struct);
    }
    List<Eip712Types.Field> fields = types.fieldsOf(struct);
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * (fields.size() + 1));
    out.writeBytes(types.typeHash(struct));
    Set<String> declared = new HashSet<>();
    for (Eip712Types.Field field : fields) {
      declared.add(field.name());
      JsonNode member = value.get(field.name());
      String at = path + "." + field.name();
      if (member == null || member.isNull()) {
        throw new InvalidTypedDataException(at + ": missing (declared in " + struct + ")");
      }
      out.writeBytes(encodeField(field.type(), member, at));
    }
    for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!declared.contains(name)) {
        throw new InvalidTypedDataException(
            path
                + "."
                + Eip712Types.abbreviate(name)
                + ": not a field of "
                + struct
                + " (refused rather than silently left out of the signature)");
      }
    }
    return Keccak256.hash(out.toByteArray());
  }

  /** The 32-byte word a value of {@code type} contributes to its parent's encoding. */
  private byte[] encodeField(String type, JsonNode value, String path) {
    if (type.endsWith("]")) {
      return hashArray(type, value, path);
    }
    if (types.isStruct(type)) {
      return hashStruct(type, value, path);
    }
    return Eip712Values.encode(type, value, path);
  }

  private byte[] hashArray(String type, JsonNode value, String path) {
    int open = type.lastIndexOf('[');
    String element = type.substring(0, open);
    String length = type.substring(open + 1, type.length() - 1);
    if (!value.isArray()) {
      throw new InvalidTypedDataException(path + ": must be an array for " + type);
    }
    if (!length.isEmpty() && Integer.parseInt(length) != value.size()) {
      throw new InvalidTypedDataException(
          path + ": has " + value.size() + " elements, but " + type + " needs " + length);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * value.size());
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String at = path + "[" + i + "]";
      if (item.isNull()) {
        throw new InvalidTypedDataException(at + ": missing (null)");
      }
      out.writeBytes(encodeField(element, item, at));
    }
    return Keccak256.hash(out.toByteArray());
  }
}
