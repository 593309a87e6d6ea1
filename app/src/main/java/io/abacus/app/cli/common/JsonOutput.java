package io.abacus.app.cli.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/** Prints exactly one JSON object per command. */
public final class JsonOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonOutput() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static void print(PrintWriter out, ObjectNode json) {
    out.println(json.toString());
  }

  /** Pretty form for files. */
  public static byte[] pretty(ObjectNode json) {
    try {
      return (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
