package io.abacus.wallet.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.abacus.testkit.ProjectPaths;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs tools/devchain/differential.js (ethers 6) once over a batch of cases. */
final class EthersReference {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EthersReference() {}

  /** One result per case, in order. */
  static JsonNode run(ArrayNode cases) throws IOException, InterruptedException {
    Path devchain = ProjectPaths.root().resolve("tools/devchain");
    if (!Files.isDirectory(devchain.resolve("node_modules/ethers"))) {
      throw new IllegalStateException("ethers is not installed: run tools/devchain/install.sh");
    }
    Path out = Files.createTempFile("ethers", ".json");
    Path err = Files.createTempFile("ethers", ".err");
    try {
      Process node =
          new ProcessBuilder("node", devchain.resolve("differential.js").toString())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      try (OutputStream in = node.getOutputStream()) {
        in.write(JSON.writeValueAsBytes(cases));
      }
      // Only a hang is caught here: the tests run at a low CPU priority beside the build (the root
      // pom's test-jvm), and one Node process doing a few hundred cases took over 60 s on a
      // machine loaded 30 deep.
      if (!node.waitFor(300, TimeUnit.SECONDS)) {
        node.destroyForcibly();
        throw new IllegalStateException("ethers reference timed out");
      }
      if (node.exitValue() != 0) {
        throw new IllegalStateException(
            "ethers reference failed: " + Files.readString(err, StandardCharsets.UTF_8));
      }
      JsonNode results = JSON.readTree(out.toFile());
      if (results.size() != cases.size()) {
        throw new IllegalStateException(
            "ethers answered " + results.size() + " of " + cases.size());
      }
      return results;
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
