package io.abacus.wallet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** Answers with canned bodies in order and checks each request body exactly. */
public final class CannedTransport implements JsonRpcTransport {
  private record Exchange(String expectedRequest, Supplier<String> answer) {}

  private final Deque<Exchange> script = new ArrayDeque<>();
  private final List<String> sent = new ArrayList<>();

  /** Expect exactly {@code request}; answer {@code {"jsonrpc":"2.0","id":ID,"result":RESULT}}. */
  public CannedTransport expect(String request, String resultJson) {
    long id = idOf(request);
    script.add(
        new Exchange(
            request,
            () -> "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + resultJson + "}"));
    return this;
  }

  /** Expect {@code request}; answer with a raw body or throw. */
  public CannedTransport expectRaw(String request, Supplier<String> answer) {
    script.add(new Exchange(request, answer));
    return this;
  }

  @Override
  public String send(String requestJson) {
    sent.add(requestJson);
    Exchange next = script.poll();
    assertThat(next).as("unexpected request %s", requestJson).isNotNull();
    assertThat(requestJson).isEqualTo(next.expectedRequest());
    return next.answer().get();
  }

  @Override
  public String endpoint() {
    return "http://canned.test:8545";
  }

  public List<String> sent() {
    return sent;
  }

  public boolean done() {
    return script.isEmpty();
  }

  /** A request body as NodeClient writes it. */
  public static String req(long id, String method, String paramsJson) {
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"method\":\""
        + method
        + "\",\"params\":"
        + paramsJson
        + "}";
  }

  private static long idOf(String request) {
    int i = request.indexOf("\"id\":") + 5;
    return Long.parseLong(request.substring(i, request.indexOf(',', i)));
  }
}
