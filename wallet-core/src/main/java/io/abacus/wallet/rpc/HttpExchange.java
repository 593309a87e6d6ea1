package io.abacus.wallet.rpc;

import java.io.IOException;

/**
 * Posts one request body to the node and returns the HTTP answer: the part of {@link
 * HttpJsonRpcTransport} that differs between {@code http://} ({@link PlainHttpExchange}) and {@code
 * https://} ({@link JdkHttpExchange}).
 */
interface HttpExchange extends AutoCloseable {

  /**
   * Posts {@code body} as {@code application/json}.
   *
   * @throws java.net.SocketTimeoutException when no whole answer came within the request timeout
   *     (or no connection within the connect timeout)
   * @throws java.net.ConnectException when the node refused the connection
   * @throws IOException when the connection failed otherwise
   * @throws InterruptedException when the calling thread was interrupted (the request is dropped)
   */
  HttpAnswerReader.Answer post(byte[] body) throws IOException, InterruptedException;

  @Override
  void close();
}
