package io.abacus.explorer.abi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads interface definitions: Solidity-style declarations ({@code event Transfer(address indexed
 * from, ...)}) and ABI JSON as compilers emit it.
 */
public final class AbiParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DECLARATION =
      Pattern.compile("^(function|event)\\s+([A-Za-z_$][A-Za-z0-9_$]*)\\s*\\((.*)\\)\\s*$");

  private AbiParser() {}

  /**
   * Parses one declaration line.
   *
   * @throws IllegalArgumentException naming the problem
   */
  public static AbiEntry declaration(String line) {
    Matcher m = DECLARATION.matcher(line.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a function or event declaration: " + line);
    }
    AbiEntry.Kind kind = m.group(1).equals("event") ? AbiEntry.Kind.EVENT : AbiEntry.Kind.FUNCTION;
    List<AbiEntry.Param> params = new ArrayList<>();
    String body = m.group(3).strip();
    if (!body.isEmpty()) {
      for (String p : AbiCodec.components("(" + body + ")")) {
        String[] words = p.strip().split("\\s+");
        boolean indexed = words.length > 1 && words[1].equals("indexed");
        String name = words.length > (indexed ? 2 : 1) ? words[words.length - 1] : "";
        params.add(new AbiEntry.Param(name, canonical(words[0]), indexed));
      }
    }
    return new AbiEntry(kind, m.group(2), params);
  }

  /**
   * Parses ABI JSON (an array, or an artifact object with an {@code abi} field).
   *
   * @throws IllegalArgumentException when it is not ABI JSON
   */
  public static List<AbiEntry> json(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root != null && root.isObject() && root.has("abi")) {
      root = root.get("abi");
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("ABI JSON must be an array of functions and events");
    }
    List<AbiEntry> out = new ArrayList<>();
    for (JsonNode e : root) {
      String type = e.path("type").asText("function");
      if (!type.equals("function") && !type.equals("event")) {
        continue;
      }
      List<AbiEntry.Param> params = new ArrayList<>();
      for (JsonNode p : e.path("inputs")) {
        params.add(
            new AbiEntry.Param(
                p.path("name").asText(""), jsonType(p), p.path("indexed").asBoolean(false)));
      }
      out.add(
          new AbiEntry(
              type.equals("event") ? AbiEntry.Kind.EVENT : AbiEntry.Kind.FUNCTION,
              e.path("name").asText(),
              params));
    }
    return out;
  }

  private static String jsonType(JsonNode p) {
    String type = p.path("type").asText();
    if (type.startsWith("tuple")) {
      List<String> parts = new ArrayList<>();
      p.path("components").forEach(c -> parts.add(jsonType(c)));
      return "(" + String.join(",", parts) + ")" + type.substring("tuple".length());
    }
    return canonical(type);
  }

  /** {@code uint} → {@code uint256}, {@code int} → {@code int256}, arrays kept. */
  static String canonical(String type) {
    int bracket = type.indexOf('[');
    String base = bracket < 0 ? type : type.substring(0, bracket);
    String suffix = bracket < 0 ? "" : type.substring(bracket);
    if (base.equals("uint") || base.equals("int")) {
      base = base + "256";
    }
    return base + suffix;
  }
}
