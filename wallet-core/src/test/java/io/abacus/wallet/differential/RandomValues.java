package io.abacus.wallet.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Random JSON values for EIP-712 types, atomic values often at the bounds of their type. */
final class RandomValues {
  static final List<String> ATOMIC = new ArrayList<>();

  static {
    ATOMIC.addAll(List.of("bool", "address", "string", "bytes", "uint256", "int256", "uint8"));
    ATOMIC.addAll(List.of("int8", "uint64", "int128", "bytes32", "bytes1", "bytes4", "uint40"));
    ATOMIC.addAll(List.of("int24", "bytes20", "uint160", "int64"));
  }

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final BigInteger MAX_SAFE = BigInteger.valueOf((1L << 53) - 1);
  private static final List<String> STRINGS =
      List.of("", "hello", "é", "e\u0301", "\uD83D\uDE00", "日本語", "a\"b\\c\n", "0x1234", " ");

  private final Random rnd;
  private int budget;

  RandomValues(Random rnd) {
    this.rnd = rnd;
  }

  void resetBudget() {
    budget = 200;
  }

  static String domainType(String field) {
    return switch (field) {
      case "name", "version" -> "string";
      case "chainId" -> "uint256";
      case "verifyingContract" -> "address";
      default -> "bytes32";
    };
  }

  /** A value of any type declared in {@code types}. */
  JsonNode value(String type, ObjectNode types) {
    budget--;
    if (type.endsWith("]")) {
      int open = type.lastIndexOf('[');
      String inner = type.substring(0, open);
      String len = type.substring(open + 1, type.length() - 1);
      int n = len.isEmpty() ? (budget > 0 ? rnd.nextInt(4) : 0) : Integer.parseInt(len);
      ArrayNode out = F.arrayNode();
      for (int i = 0; i < n; i++) {
        out.add(value(inner, types));
      }
      return out;
    }
    if (types.has(type)) {
      ObjectNode out = F.objectNode();
      for (JsonNode field : types.get(type)) {
        out.set(field.get("name").asText(), value(field.get("type").asText(), types));
      }
      return out;
    }
    return atomic(type);
  }

  JsonNode atomic(String type) {
    switch (type) {
      case "bool":
        return F.booleanNode(rnd.nextBoolean());
      case "string":
        return F.textNode(
            rnd.nextInt(4) == 0 ? randomAscii() : STRINGS.get(rnd.nextInt(STRINGS.size())));
      case "bytes":
        return F.textNode(hex(bytes(rnd.nextInt(41))));
      case "address":
        return F.textNode(address());
      default:
        if (type.startsWith("bytes")) {
          return F.textNode(hex(bytes(Integer.parseInt(type.substring(5)))));
        }
        return integer(type);
    }
  }

  private JsonNode integer(String type) {
    boolean signed = !type.startsWith("u");
    int bits = Integer.parseInt(type.substring(signed ? 3 : 4));
    BigInteger max = BigInteger.ONE.shiftLeft(signed ? bits - 1 : bits).subtract(BigInteger.ONE);
    BigInteger min = signed ? max.add(BigInteger.ONE).negate() : BigInteger.ZERO;
    BigInteger v =
        switch (rnd.nextInt(6)) {
          case 0 -> max;
          case 1 -> min;
          case 2 -> signed ? BigInteger.ONE.negate() : BigInteger.ONE;
          case 3 -> BigInteger.ZERO;
          default -> {
            BigInteger r = new BigInteger(signed ? bits - 1 : bits, rnd);
            yield signed && rnd.nextBoolean() ? r.negate() : r;
          }
        };
    if (v.abs().compareTo(MAX_SAFE) <= 0 && rnd.nextBoolean()) {
      return F.numberNode(v.longValue());
    }
    if (v.signum() < 0 || rnd.nextBoolean()) {
      return F.textNode(v.toString());
    }
    return F.textNode("0x" + v.toString(16));
  }

  private String address() {
    byte[] raw = bytes(20);
    return switch (rnd.nextInt(3)) {
      case 0 -> Address.of(raw).toString();
      case 1 -> "0x" + HexFormat.of().formatHex(raw).toUpperCase(Locale.ROOT);
      default -> "0x" + HexFormat.of().formatHex(raw);
    };
  }

  private String randomAscii() {
    StringBuilder s = new StringBuilder();
    for (int i = rnd.nextInt(30); i > 0; i--) {
      s.append((char) (32 + rnd.nextInt(95)));
    }
    return s.toString();
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  private String hex(byte[] b) {
    String h = HexFormat.of().formatHex(b);
    return "0x" + (rnd.nextInt(4) == 0 ? h.toUpperCase(Locale.ROOT) : h);
  }
}
