package io.abacus.explorer.rpc;

import io.abacus.wallet.rpc.NewHeadsSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Wakes the follower when the node announces a new head. {@link #polling()} just waits; {@link
 * #webSocket} subscribes to {@code newHeads} over WebSocket and returns early on each announcement,
 * still waking at the polling interval so a silent socket never stalls following.
 */
public interface NewHeads extends AutoCloseable {
  /**
   * Waits up to {@code max} for a new head.
   *
   * @return true when the node announced one, false when the time ran out
   */
  boolean await(Duration max) throws InterruptedException;

  @Override
  default void close() {}

  /** Plain polling: always waits the whole interval. */
  static NewHeads polling() {
    return max -> {
      Thread.sleep(max.toMillis());
      return false;
    };
  }

  /**
   * Subscribes to {@code newHeads} at {@code url} ({@code ws://} or {@code wss://}); empty when the
   * node refuses or cannot be reached (the caller then polls).
   */
  static Optional<NewHeads> webSocket(URI url, Duration connectTimeout) {
    return NewHeadsSocket.open(url, connectTimeout)
        .map(
            socket ->
                new NewHeads() {
                  @Override
                  public boolean await(Duration max) throws InterruptedException {
                    return socket.await(max);
                  }

                  @Override
                  public void close() {
                    socket.close();
                  }
                });
  }
}
