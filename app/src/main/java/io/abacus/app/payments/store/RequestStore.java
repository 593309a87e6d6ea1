package io.abacus.app.payments.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Saved payment requests, in {@code <data>/payments/requests.json}. */
public final class RequestStore {
  private final JsonListFile<SavedRequest> file;

  public RequestStore(Path file) {
    this.file = new JsonListFile<>(file, SavedRequest.class);
  }

  public static RequestStore inDataDirectory(Path dataDirectory) {
    return new RequestStore(dataDirectory.resolve("payments").resolve("requests.json"));
  }

  public synchronized List<SavedRequest> all() throws IOException {
    return file.read();
  }

  /** Adds {@code request}, or replaces the one with its id. */
  public synchronized void put(SavedRequest request) throws IOException {
    file.update(
        list -> {
          int at = -1;
          for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(request.id())) {
              at = i;
            }
          }
          if (at >= 0) {
            list.set(at, request);
          } else {
            list.add(request);
          }
          return list;
        });
  }
}
