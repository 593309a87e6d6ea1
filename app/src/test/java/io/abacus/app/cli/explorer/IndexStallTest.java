package io.abacus.app.cli.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.cli.CliRunner;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexStallTest {
  @TempDir Path dir;

  @Test
  void aNodeThatNeverAnswersIsReportedWhileWaiting() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket node = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                while (!node.isClosed()) {
                  try {
                    Socket s = node.accept(); // reads the request, never answers
                    held.add(s);
                    InputStream in = s.getInputStream();
                    in.read(new byte[8192]);
                  } catch (Exception closed) {
                    return;
                  }
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      CliRunner.Result r =
          new CliRunner(dir.resolve("data"))
              .run(
                  "index",
                  "--rpc",
                  "http://127.0.0.1:" + node.getLocalPort(),
                  "--db",
                  dir.resolve("x.db").toString(),
                  "--timeout",
                  "1");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).contains("still waiting for the node: nothing new for 5 s");
      assertThat(r.err().strip().lines().reduce((a, b) -> b).orElseThrow()).startsWith("error: ");
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
  }
}
