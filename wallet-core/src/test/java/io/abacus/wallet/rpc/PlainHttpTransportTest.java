package io.abacus.wallet.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code http://} transport against a scripted loopback server that answers byte by byte as
 * told: chunked and sized answers, kept-alive connections, and nodes that stall, close or lie.
 */
class PlainHttpTransportTest {
  private static final String OK = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x1\"}";

  /** What the server does on one connection: answers requests read with {@link #request}. */
  @FunctionalInterface
  interface Script {
    void run(Socket s, int connection) throws Exception;
  }

  private ServerSocket server;
  private final AtomicInteger connections = new AtomicInteger();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private String serve(Script script) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket s = server.accept();
                  int n = connections.incrementAndGet();
                  Thread c =
                      new Thread(
                          () -> {
                            try (s) {
                              script.run(s, n);
                            } catch (Exception e) {
                              // the client went away
                            }
                          });
                  c.setDaemon(true);
                  c.start();
                } catch (IOException e) {
                  return;
                }
              }
            });
    t.setDaemon(true);
    t.start();
    return "http://127.0.0.1:" + server.getLocalPort() + "/rpc?key=k";
  }

  /** Reads one request (head and sized body) and records it; null at the end of the stream. */
  private String request(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
    }
    String h = head.toString(StandardCharsets.ISO_8859_1);
    int at = h.toLowerCase().indexOf("content-length:");
    int length = Integer.parseInt(h.substring(at + 15, h.indexOf("\r\n", at)).trim());
    String whole = h + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    requests.add(whole);
    return whole;
  }

  private static void write(Socket s, String text) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String sized(String body) {
    return "HTTP/1.1 200 OK\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\n\r\n"
        + body;
  }

  private static HttpJsonRpcTransport transport(String url, long requestMillis) {
    return new HttpJsonRpcTransport(
        URI.create(url), Duration.ofSeconds(5), Duration.ofMillis(requestMillis), Optional.empty());
  }

  private static RpcException.Kind kind(Throwable e) {
    return ((RpcException) e).kind();
  }

  @Test
  void keepsOneConnectionAliveForManyRequestsAndSendsAWellFormedPost() throws Exception {
    String url =
        serve(
            (s, n) -> {
              while (request(s) != null) {
                write(s, sized(OK));
              }
            });
    try (HttpJsonRpcTransport t = transport(url, 5000)) {
      for (int i = 0; i < 5; i++) {
        assertThat(t.send("{\"id\":" + i + "}")).isEqualTo(OK);
      }
    }
    assertThat(connections.get()).isEqualTo(1);
    assertThat(requests.get(0))
        .startsWith("POST /rpc?key=k HTTP/1.1\r\n")
        .contains("Host: 127.0.0.1:" + server.getLocalPort() + "\r\n")
        .contains("Content-Type: application/json\r\n")
        .endsWith("\r\n\r\n{\"id\":0}");
  }

  @Test
  void readsChunkedAnswersWithExtensionsTrailersAndAnInterimAnswer() throws Exception {
    String url =
        serve(
            (s, n) -> {
              while (request(s) != null) {
                write(
                    s,
                    "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "a;x=y\r\n{\"jsonrpc\"\r\n"
                        + Integer.toHexString(OK.length() - 10)
                        + "\r\n"
                        + OK.substring(10)
                        + "\r\n0\r\nX-Trailer: 1\r\n\r\n");
              }
            });
    try (HttpJsonRpcTransport t = transport(url, 5000)) {
      assertThat(t.send("{}")).isEqualTo(OK);
      assertThat(new String(t.sendForBytes("{}"), StandardCharsets.UTF_8)).isEqualTo(OK);
    }
    assertThat(connections.get()).isEqualTo(1);
  }

  @Test
  void aLargeSizedAnswerSentInPiecesIsReadWholeAndTheNextAnswerFollowsOnTheSameConnection()
      throws Exception {
    // Over a megabyte (more than one socket read and the reader's 16 KB buffer), sent in uneven
    // pieces, with the next answer right behind it: the body ends exactly at its length.
    StringBuilder big = new StringBuilder("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x");
    for (int i = 0; big.length() < 1_300_000; i++) {
      big.append(Integer.toHexString(i));
    }
    String large = big.append("\"}").toString();
    String url =
        serve(
            (s, n) -> {
              request(s);
              byte[] answer = sized(large).getBytes(StandardCharsets.UTF_8);
              OutputStream out = s.getOutputStream();
              for (int at = 0, piece = 1; at < answer.length; at += piece, piece = piece * 3 + 7) {
                out.write(answer, at, Math.min(piece, answer.length - at));
                out.flush();
              }
              request(s);
              write(s, sized(OK));
            });
    try (HttpJsonRpcTransport t = transport(url, 5000)) {
      assertThat(t.send("{}")).isEqualTo(large);
      assertThat(t.send("{}")).isEqualTo(OK);
    }
    assertThat(connections.get()).isEqualTo(1);
  }

  @Test
  void anAnswerWithoutLengthEndsWithTheConnectionWhichIsNotReused() throws Exception {
    String url =
        serve(
            (s, n) -> {
              request(s);
              write(s, "HTTP/1.0 200 OK\r\n\r\n" + OK);
            });
    try (HttpJsonRpcTransport t = transport(url, 5000)) {
      assertThat(t.send("{}")).isEqualTo(OK);
      assertThat(t.send("{}")).isEqualTo(OK);
    }
    assertThat(connections.get()).isEqualTo(2);
  }

  @Test
  void aKeptConnectionTheNodeClosedIsReplacedOnce() throws Exception {
    String url =
        serve(
            (s, n) -> {
              request(s);
              write(s, sized(OK)); // then closes: the kept connection is stale
            });
    try (HttpJsonRpcTransport t = transport(url, 5000)) {
      assertThat(t.send("{}")).isEqualTo(OK);
      Thread.sleep(100);
      assertThat(t.send("{}")).isEqualTo(OK);
    }
    assertThat(connections.get()).isEqualTo(2);
  }

  @Test
  void aNodeThatClosesOrLiesFailsInOneLineWithoutItsSecrets() throws Exception {
    AtomicReference<String> answer = new AtomicReference<>();
    String url =
        serve(
            (s, n) -> {
              request(s);
              write(s, answer.get());
            });
    String secret = url.replace("http://", "http://alice:s3cret@");
    for (String lie :
        List.of(
            "", // closed without answering
            "HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"jsonrpc\"", // promised more
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", // bad chunk
            "SSH-2.0-OpenSSH\r\n\r\n", // not HTTP
            "HTTP/1.1 200 OK\r\nContent-Length: -3\r\n\r\n")) {
      answer.set(lie);
      try (HttpJsonRpcTransport t = transport(secret, 5000)) {
        assertThatThrownBy(() -> t.send("{}"))
            .matches(e -> kind(e) == RpcException.Kind.UNREACHABLE, lie)
            .hasMessageStartingWith("connection to the node at http://127.0.0.1:")
            .hasMessageNotContaining("\n")
            .hasMessageNotContaining("s3cret")
            .hasMessageNotContaining("alice")
            .hasMessageNotContaining("key=k");
      }
    }
    assertThat(requests.get(0)).contains("Authorization: Basic YWxpY2U6czNjcmV0\r\n");
  }

  @Test
  void aNodeThatTricklesItsAnswerTimesOutAsAWhole() throws Exception {
    String url =
        serve(
            (s, n) -> {
              request(s);
              write(s, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
              for (int i = 0; i < 100; i++) {
                write(s, " ");
                Thread.sleep(50);
              }
            });
    long start = System.nanoTime();
    try (HttpJsonRpcTransport t = transport(url, 400)) {
      assertThatThrownBy(() -> t.send("{}"))
          .matches(e -> kind(e) == RpcException.Kind.TIMEOUT)
          .hasMessageContaining("did not answer within");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void anInterruptAbandonsTheRequestAtOnce() throws Exception {
    String url =
        serve(
            (s, n) -> {
              request(s);
              Thread.sleep(30_000);
            });
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try (HttpJsonRpcTransport t = transport(url, 30_000)) {
      Thread caller =
          new Thread(
              () -> {
                try {
                  t.send("{}");
                } catch (RuntimeException e) {
                  failure.set(e);
                }
              });
      caller.start();
      while (requests.isEmpty()) {
        Thread.sleep(10);
      }
      long start = System.nanoTime();
      caller.interrupt();
      caller.join(5000);
      assertThat(caller.isAlive()).isFalse();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
    assertThat(failure.get())
        .isInstanceOf(RpcException.class)
        .hasMessage("interrupted while waiting for the node");
  }

  @Test
  void redirectsAreAnswersAndAMultiLineHeaderIsRefused() throws Exception {
    String url =
        serve(
            (s, n) -> {
              request(s);
              write(s, "HTTP/1.1 301 Moved\r\nLocation: http://evil/\r\nContent-Length: 0\r\n\r\n");
            });
    try (HttpJsonRpcTransport t = transport(url, 5000)) {
      assertThatThrownBy(() -> t.send("{}"))
          .matches(e -> kind(e) == RpcException.Kind.HTTP_ERROR)
          .hasMessageContaining("HTTP 301");
    }
    assertThat(connections.get()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                new HttpJsonRpcTransport(
                    URI.create(url),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    Optional.of("Bearer x\r\nX-Evil: 1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Bearer");
  }
}
