package io.abacus.app.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The multi-send contract the Sandbox deploys at start (one transaction paying many recipients, see
 * {@link io.abacus.wallet.payout.MultiSendCalldata}): the compiled artifact committed as {@code
 * resources/contracts/MultiSend.json} (from {@code MultiSend.sol}), on the class path under {@code
 * /abacus/contracts/}.
 */
public final class MultiSendContract {
  static final String ARTIFACT = "/abacus/contracts/MultiSend.json";

  private MultiSendContract() {}

  /** The creation bytecode ({@code 0x}-hex) from the committed artifact. */
  public static String bytecode() {
    try (InputStream in = MultiSendContract.class.getResourceAsStream(ARTIFACT)) {
      if (in == null) {
        throw new IllegalStateException("the multi-send artifact " + ARTIFACT + " is missing");
      }
      JsonNode artifact = new ObjectMapper().readTree(in);
      return artifact.get("bytecode").asText();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ARTIFACT, e);
    }
  }
}
