package io.abacus.explorer.rpc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    Logger log = LoggerFactory.getLogger(NewHeads.class);
    Semaphore heads = new Semaphore(0);
    WebSocket.Listener listener =
        new WebSocket.Listener() {
          @Override
          public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            if (data.toString().contains("eth_subscription")) {
              heads.release();
            }
            ws.request(1);
            return null;
          }
        };
    try {
      WebSocket socket =
          HttpClient.newBuilder()
              .connectTimeout(connectTimeout)
              .build()
              .newWebSocketBuilder()
              .connectTimeout(connectTimeout)
              .buildAsync(url, listener)
              .get(connectTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
      socket
          .sendText(
              "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}",
              true)
          .get(connectTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
      return Optional.of(
          new NewHeads() {
            @Override
            public boolean await(Duration max) throws InterruptedException {
              boolean got = heads.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS);
              heads.drainPermits();
              return got;
            }

            @Override
            public void close() {
              socket.abort();
            }
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      log.warn("no newHeads subscription at {} ({}); polling instead", url, e.toString());
      return Optional.empty();
    }
  }
}
