package io.abacus.wallet.rpc;

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
 * A {@code newHeads} subscription over WebSocket ({@code ws://} or {@code wss://}): {@link #await}
 * returns early when the node announces a block. Only a wake-up signal; blocks are still read over
 * HTTP.
 */
public final class NewHeadsSocket implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NewHeadsSocket.class);
  private static final String SUBSCRIBE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}";

  private final WebSocket socket;
  private final Semaphore heads;

  private NewHeadsSocket(WebSocket socket, Semaphore heads) {
    this.socket = socket;
    this.heads = heads;
  }

  /**
   * Subscribes at {@code url}; empty when the node refuses or cannot be reached (the caller then
   * polls).
   */
  public static Optional<NewHeadsSocket> open(URI url, Duration connectTimeout) {
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
    long waitMillis = connectTimeout.toMillis() + 1000;
    try {
      WebSocket socket =
          HttpClient.newBuilder()
              .connectTimeout(connectTimeout)
              .build()
              .newWebSocketBuilder()
              .connectTimeout(connectTimeout)
              .buildAsync(url, listener)
              .get(waitMillis, TimeUnit.MILLISECONDS);
      socket.sendText(SUBSCRIBE, true).get(waitMillis, TimeUnit.MILLISECONDS);
      return Optional.of(new NewHeadsSocket(socket, heads));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      LOG.warn(
          "no newHeads subscription at {} ({}); polling instead",
          Endpoints.shown(url),
          Endpoints.scrub(e.toString(), url));
      return Optional.empty();
    }
  }

  /** Waits up to {@code max}; true when the node announced a new head meanwhile. */
  public boolean await(Duration max) throws InterruptedException {
    boolean got = heads.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS);
    heads.drainPermits();
    return got;
  }

  @Override
  public void close() {
    socket.abort();
  }
}
