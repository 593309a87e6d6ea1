package io.abacus.app.cli.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.abacus.app.cli.CliRunner;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index} takes its auth header from the node options; the old variable warns. */
class IndexAuthTest {
  @TempDir Path dir;
  private HttpServer server;
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void refuseEveryone() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          seen.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
          ex.getRequestBody().readAllBytes();
          ex.sendResponseHeaders(401, -1);
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Test
  void theAuthFileIsSentAndRefusalIsNotRetried() throws Exception {
    Path auth = Files.writeString(dir.resolve("auth"), "Bearer fr0m-file\n");
    CliRunner.Result r =
        new CliRunner(dir.resolve("data"))
            .run(
                "index",
                "--rpc",
                url(),
                "--rpc-auth-file",
                auth.toString(),
                "--db",
                dir.resolve("i.db").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("HTTP 401").doesNotContain("fr0m-file").doesNotContain("notice");
    assertThat(seen).containsExactly("Bearer fr0m-file");
  }

  @Test
  void theOldVariableStillWorksOnceWithANotice() {
    CliRunner.Result r =
        new CliRunner(dir.resolve("data"), Map.of("ABACUS_RPC_AUTH", "Authorization: Bearer 3nv"))
            .run("index", "--rpc", url(), "--db", dir.resolve("i.db").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("notice: $ABACUS_RPC_AUTH is deprecated").contains("HTTP 401");
    assertThat(seen).containsExactly("Bearer 3nv");
  }
}
