package io.abacus.app.sandbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * anvil refused the Sandbox's state file at start. When a last good state exists, the caller can
 * offer to start from it ({@link Sandbox#start(boolean, boolean)} with {@code fromLastGoodState}).
 */
public final class SandboxStateException extends SandboxException {
  private static final long serialVersionUID = 1L;
  private final transient Instant lastGood;

  SandboxStateException(String reason, Optional<Instant> lastGood, Throwable cause) {
    super(
        "anvil could not load the Sandbox state ("
            + reason
            + ")"
            + lastGood
                .map(t -> "; the last good state is from " + t.truncatedTo(ChronoUnit.SECONDS))
                .orElse(""),
        cause);
    this.lastGood = lastGood.orElse(null);
  }

  /** When the last good state was saved, if there is one to start from. */
  public Optional<Instant> lastGood() {
    return Optional.ofNullable(lastGood);
  }
}
