package io.abacus.explorer.rpc;

import io.abacus.wallet.rpc.JsonRpcTransport;
import io.abacus.wallet.rpc.RpcException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Answers requests with queued canned bodies (or throws queued failures) and records requests. */
final class CannedTransport implements JsonRpcTransport {
  final List<String> requests = new ArrayList<>();
  private final Deque<Object> answers = new ArrayDeque<>();

  CannedTransport answer(String body) {
    answers.add(body);
    return this;
  }

  CannedTransport fail(RpcException e) {
    answers.add(e);
    return this;
  }

  @Override
  public synchronized String send(String requestJson) {
    requests.add(requestJson);
    Object next = answers.poll();
    if (next == null) {
      throw new AssertionError("unexpected request " + requestJson);
    }
    if (next instanceof RpcException e) {
      throw e;
    }
    return (String) next;
  }

  @Override
  public String endpoint() {
    return "http://canned.test:8545";
  }
}
