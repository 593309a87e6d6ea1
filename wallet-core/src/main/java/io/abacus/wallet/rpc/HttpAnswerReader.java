package io.abacus.wallet.rpc;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads one HTTP/1.1 answer from a socket before a deadline: the status line, the headers, and a
 * body sent with {@code Content-Length}, {@code Transfer-Encoding: chunked} or up to the end of the
 * connection. Interim {@code 1xx} answers are skipped. Every read waits at most until the deadline,
 * so a node that stalls or trickles bytes times out as a whole. Not thread-safe: one per
 * connection.
 */
final class HttpAnswerReader {
  /** An answer: its status, body, and whether the connection may carry another request. */
  record Answer(int status, byte[] body, boolean reusable) {}

  private static final int MAX_LINE = 16 * 1024;
  private static final int MAX_HEADERS = 200;
  private static final int FIRST_BODY_BUFFER = 1 << 20;

  /**
   * A body announced with at most this many bytes is read into an array of that size at once; a
   * node announcing more than it sends costs at most this much memory per request.
   */
  private static final int SIZED_BODY = 32 << 20;

  /**
   * Most bytes asked of the socket at once (a socket channel reads through a temporary direct
   * buffer of that size, kept per thread).
   */
  private static final int MAX_READ = 256 << 10;

  private final Socket socket;
  private final InputStream in;
  private final byte[] buf = new byte[16 * 1024];
  private int pos;
  private int lim;
  private long deadline;
  private boolean anyByte;

  HttpAnswerReader(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
  }

  /** True once a byte of the current answer arrived (a kept-alive connection was still alive). */
  boolean answered() {
    return anyByte;
  }

  /**
   * Reads the answer to one request.
   *
   * @param deadlineNanos the {@link System#nanoTime()} by which the whole answer must have arrived
   * @throws SocketTimeoutException when it did not
   * @throws IOException when the connection broke or the answer is not HTTP/1.x
   */
  Answer read(long deadlineNanos) throws IOException {
    this.deadline = deadlineNanos;
    this.anyByte = false;
    while (true) {
      String status = line();
      if (!status.startsWith("HTTP/1.") || status.length() < 12 || status.charAt(8) != ' ') {
        throw new IOException("not an HTTP/1.1 answer: " + RpcJson.abbreviate(status));
      }
      int code = statusCode(status);
      boolean http10 = status.startsWith("HTTP/1.0");
      long length = -1;
      boolean chunked = false;
      boolean close = http10;
      for (int n = 0; ; n++) {
        String header = line();
        if (header.isEmpty()) {
          break;
        }
        if (n >= MAX_HEADERS) {
          throw new IOException("the answer has too many header lines");
        }
        int colon = header.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        switch (name) {
          case "content-length" -> length = contentLength(value, length);
          case "transfer-encoding" -> chunked = value.endsWith("chunked");
          case "connection" ->
              close = value.contains("close") || (http10 && !value.contains("keep"));
          default -> {}
        }
      }
      if (code / 100 == 1) {
        continue; // 100 Continue and friends: the real answer follows
      }
      if (code == 204 || code == 304) {
        return new Answer(code, new byte[0], !close);
      }
      if (chunked) {
        return new Answer(code, chunkedBody(), !close);
      }
      if (length >= 0) {
        return new Answer(code, fixedBody(length), !close);
      }
      return new Answer(code, bodyToEnd(), false);
    }
  }

  private static int statusCode(String status) throws IOException {
    try {
      return Integer.parseInt(status.substring(9, 12));
    } catch (NumberFormatException e) {
      throw new IOException("not an HTTP/1.1 status: " + RpcJson.abbreviate(status));
    }
  }

  private static long contentLength(String value, long earlier) throws IOException {
    long length;
    try {
      length = Long.parseLong(value);
    } catch (NumberFormatException e) {
      length = -1;
    }
    if (length < 0 || (earlier >= 0 && earlier != length)) {
      throw new IOException("the answer has a bad Content-Length: " + RpcJson.abbreviate(value));
    }
    return length;
  }

  private byte[] fixedBody(long length) throws IOException {
    if (length <= SIZED_BODY) {
      // Read straight into the answer's own array, in as few reads as the socket allows: no
      // buffer to copy through and no growing array (issue 20: batches of blocks are megabytes).
      byte[] body = new byte[(int) length];
      int at = Math.min(lim - pos, body.length);
      System.arraycopy(buf, pos, body, 0, at);
      pos += at;
      while (at < body.length) {
        int n = read(body, at, Math.min(body.length - at, MAX_READ));
        if (n < 0) {
          throw new EOFException("the node closed the connection in the middle of its answer");
        }
        at += n;
      }
      return body;
    }
    // Larger: grown as bytes come, not allocated from the header, as a node may announce more
    // than it sends.
    ByteArrayOutputStream body = new ByteArrayOutputStream(FIRST_BODY_BUFFER);
    copy(length, body);
    return body.toByteArray();
  }

  private byte[] chunkedBody() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
    while (true) {
      String size = line();
      int semicolon = size.indexOf(';');
      String hex = (semicolon < 0 ? size : size.substring(0, semicolon)).trim();
      long n;
      try {
        n = Long.parseLong(hex, 16);
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 0 || hex.length() > 15) {
        throw new IOException("the answer has a bad chunk size: " + RpcJson.abbreviate(size));
      }
      if (n == 0) {
        while (!line().isEmpty()) {
          // trailer fields: ignored
        }
        return body.toByteArray();
      }
      copy(n, body);
      if (!line().isEmpty()) {
        throw new IOException("a chunk of the answer is longer than its size");
      }
    }
  }

  private byte[] bodyToEnd() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
    do {
      body.write(buf, pos, lim - pos);
      pos = lim;
    } while (fill());
    return body.toByteArray();
  }

  private void copy(long length, ByteArrayOutputStream to) throws IOException {
    long left = length;
    while (left > 0) {
      if (pos == lim && !fill()) {
        throw new EOFException("the node closed the connection in the middle of its answer");
      }
      int n = (int) Math.min(left, lim - pos);
      to.write(buf, pos, n);
      pos += n;
      left -= n;
    }
  }

  /** One header line without its CR LF (a bare LF is accepted too). */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    while (true) {
      if (pos == lim && !fill()) {
        throw new EOFException(
            anyByte
                ? "the node closed the connection in the middle of its answer"
                : "the node closed the connection without answering");
      }
      byte b = buf[pos++];
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      if (line.length() >= MAX_LINE) {
        throw new IOException("the answer has a header line over " + MAX_LINE + " bytes");
      }
      line.append((char) (b & 0xff));
    }
  }

  /** Reads more bytes into the buffer; false at the end of the connection. */
  private boolean fill() throws IOException {
    int n = read(buf, 0, buf.length);
    if (n < 0) {
      return false;
    }
    pos = 0;
    lim = n;
    return true;
  }

  /** Reads at most {@code len} bytes before the deadline; -1 at the end of the connection. */
  private int read(byte[] to, int off, int len) throws IOException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new SocketTimeoutException("the answer did not arrive in time");
    }
    socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000L)));
    int n = in.read(to, off, len);
    if (n > 0) {
      anyByte = true;
    }
    return n;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
