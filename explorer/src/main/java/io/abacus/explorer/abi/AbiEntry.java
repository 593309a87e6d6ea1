package io.abacus.explorer.abi;

import io.abacus.wallet.hash.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A function or event of a contract interface.
 *
 * @param kind function or event
 * @param name e.g. {@code transfer}
 * @param inputs parameters in order
 */
public record AbiEntry(Kind kind, String name, List<Param> inputs) {
  /** Functions and events. */
  public enum Kind {
    FUNCTION,
    EVENT
  }

  /**
   * A parameter; {@code type} is canonical ({@code uint256}, {@code address[]}, {@code
   * (address,uint256)}).
   */
  public record Param(String name, String type, boolean indexed) {}

  public AbiEntry {
    inputs = List.copyOf(inputs);
  }

  /** The canonical signature, e.g. {@code transfer(address,uint256)}. */
  public String signature() {
    return name + inputs.stream().map(Param::type).collect(Collectors.joining(",", "(", ")"));
  }

  /** 4-byte selector for a function, 32-byte topic for an event. */
  public byte[] selector() {
    byte[] hash = Keccak256.hash(signature().getBytes(StandardCharsets.US_ASCII));
    return kind == Kind.FUNCTION ? Arrays.copyOf(hash, 4) : hash;
  }

  /** Number of indexed parameters (events). */
  public int indexedCount() {
    return (int) inputs.stream().filter(Param::indexed).count();
  }
}
