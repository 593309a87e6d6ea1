package io.abacus.wallet.rpc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * {@code http://} on plain sockets: HTTP/1.1 {@code POST}s over kept-alive connections, at most one
 * request on a connection at a time, idle connections kept for the next request (see decision 0012:
 * {@code java.net.http} costs a plain-HTTP command about 0.3 s of CPU at start, its TLS set-up
 * included). The connect timeout bounds the connection, the request timeout the whole exchange. An
 * interrupt of the waiting thread closes its connection at once ({@link SocketChannel}s are
 * interruptible). Redirects are answers like any other: never followed. Thread-safe.
 */
final class PlainHttpExchange implements HttpExchange {
  private static final int MAX_IDLE = 16;
  private static final long IDLE_LIMIT_NANOS = Duration.ofSeconds(20).toNanos();

  private final InetSocketAddress address;
  private final byte[] head;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  /** One connection to the node and the reader of its answers. */
  private static final class Connection {
    final SocketChannel channel;
    final HttpAnswerReader reader;
    long idleSince;

    Connection(SocketChannel channel) throws IOException {
      this.channel = channel;
      this.reader = new HttpAnswerReader(channel.socket());
    }

    void close() {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing to do: the connection is dropped either way
      }
    }
  }

  /**
   * @param target the node's {@code http://} URL, without user info
   * @param connectTimeout how long to wait for a connection
   * @param requestTimeout how long to wait for the whole answer
   * @param authorization the {@code Authorization} header value, if any (one line)
   */
  PlainHttpExchange(
      URI target,
      Duration connectTimeout,
      Duration requestTimeout,
      Optional<String> authorization) {
    this.connectTimeout = connectTimeout;
    this.requestTimeout = requestTimeout;
    String host = target.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1); // an IPv6 literal
    }
    this.address =
        InetSocketAddress.createUnresolved(host, target.getPort() < 0 ? 80 : target.getPort());
    String path =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
    StringBuilder h = new StringBuilder(160);
    h.append("POST ").append(path).append(query).append(" HTTP/1.1\r\n");
    h.append("Host: ").append(target.getRawAuthority()).append("\r\n");
    h.append("Content-Type: application/json\r\n");
    authorization.ifPresent(a -> h.append("Authorization: ").append(a).append("\r\n"));
    h.append("Content-Length: ");
    this.head = HttpAnswerReader.ascii(h.toString());
  }

  @Override
  public HttpAnswerReader.Answer post(byte[] body) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + requestTimeout.toNanos();
    byte[] length = HttpAnswerReader.ascii(body.length + "\r\n\r\n");
    ByteBuffer request = ByteBuffer.allocate(head.length + length.length + body.length);
    request.put(head).put(length).put(body).flip();
    while (true) {
      Connection kept = kept();
      Connection c = kept != null ? kept : open(deadline);
      try {
        request.rewind();
        while (request.hasRemaining()) {
          c.channel.write(request);
        }
        HttpAnswerReader.Answer answer = c.reader.read(deadline);
        release(c, answer.reusable());
        return answer;
      } catch (IOException e) {
        c.close();
        if (e instanceof ClosedByInterruptException || Thread.currentThread().isInterrupted()) {
          throw interrupted(e);
        }
        if (kept == null || c.reader.answered() || e instanceof SocketTimeoutException) {
          throw e;
        }
        // The node had closed this kept-alive connection before our request: once more, on a
        // connection that has not been idle (as java.net.http does).
      }
    }
  }

  /** The most recently used idle connection that is not too old, if any. */
  private Connection kept() {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      if (System.nanoTime() - c.idleSince < IDLE_LIMIT_NANOS && c.channel.isOpen()) {
        return c;
      }
      c.close();
    }
    return null;
  }

  private Connection open(long deadline) throws IOException, InterruptedException {
    SocketChannel channel = SocketChannel.open();
    try {
      Socket socket = channel.socket();
      socket.setTcpNoDelay(true);
      long left = Math.min(connectTimeout.toNanos(), deadline - System.nanoTime());
      if (left <= 0) {
        throw new SocketTimeoutException("no time left to connect");
      }
      InetSocketAddress resolved =
          new InetSocketAddress(address.getHostString(), address.getPort());
      socket.connect(resolved, (int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000L)));
      return new Connection(channel);
    } catch (IOException e) {
      channel.close();
      if (e instanceof ClosedByInterruptException || Thread.currentThread().isInterrupted()) {
        throw interrupted(e);
      }
      throw e;
    }
  }

  private void release(Connection c, boolean reusable) {
    if (!reusable || closed) {
      c.close();
      return;
    }
    c.idleSince = System.nanoTime();
    idle.offerFirst(c);
    while (idle.size() > MAX_IDLE) {
      Connection oldest = idle.pollLast();
      if (oldest != null) {
        oldest.close();
      }
    }
    if (closed) {
      closeIdle();
    }
  }

  private static InterruptedException interrupted(IOException e) {
    Thread.currentThread().interrupt();
    InterruptedException x = new InterruptedException("interrupted while waiting for the node");
    x.initCause(e);
    return x;
  }

  private void closeIdle() {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      c.close();
    }
  }

  @Override
  public void close() {
    closed = true;
    closeIdle();
  }
}
