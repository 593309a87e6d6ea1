package io.abacus.app.payments.send;

import io.abacus.wallet.fees.Speed;
import java.util.Optional;

/** The fee presets offered on the Send page, and the user's own. */
public enum FeeChoice {
  SLOW(Speed.SLOW),
  NORMAL(Speed.NORMAL),
  FAST(Speed.FAST),
  CUSTOM(null);

  private final Speed speed;

  FeeChoice(Speed speed) {
    this.speed = speed;
  }

  /** The wallet-core preset, empty for CUSTOM. */
  public Optional<Speed> speed() {
    return Optional.ofNullable(speed);
  }
}
