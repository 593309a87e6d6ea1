package io.abacus.app.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * The Sandbox's demo stablecoin "Test USD" (TUSD, 6 decimals): the compiled artifact committed as
 * {@code resources/contracts/TestUSD.json} (from {@code TestUSD.sol}), on the class path under
 * {@code /abacus/contracts/}.
 */
public final class TestUsd {
  public static final String NAME = "Test USD";
  public static final String SYMBOL = "TUSD";
  public static final int DECIMALS = 6;

  /** One whole TUSD in base units. */
  public static final BigInteger ONE = BigInteger.TEN.pow(DECIMALS);

  static final String ARTIFACT = "/abacus/contracts/TestUSD.json";
  static final String TRANSFER_TOPIC = Abi.topic("Transfer(address,address,uint256)");

  private TestUsd() {}

  /** The creation bytecode ({@code 0x}-hex) from the committed artifact. */
  public static String bytecode() {
    return artifact().get("bytecode").asText();
  }

  /** The ABI (JSON text) from the committed artifact. */
  public static String abiJson() {
    return artifact().get("abi").toString();
  }

  private static JsonNode artifact() {
    try (InputStream in = TestUsd.class.getResourceAsStream(ARTIFACT)) {
      if (in == null) {
        throw new IllegalStateException("the Test USD artifact " + ARTIFACT + " is missing");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ARTIFACT, e);
    }
  }
}
