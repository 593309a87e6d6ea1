package io.abacus.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real contracts for tests, offline: OpenZeppelin 4.9 build artifacts and Solidity compiled with
 * the pinned solc-js (both from {@code tools/devchain}), deployed from anvil's unlocked accounts.
 */
public final class Contracts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Contracts() {}

  /**
   * A compiled contract.
   *
   * @param name contract name
   * @param abiJson the ABI as JSON text
   * @param bytecode 0x-hex creation code (constructor arguments not included)
   */
  public record Artifact(String name, String abiJson, String bytecode) {}

  /** An OpenZeppelin 4.9 artifact, e.g. {@code ERC20PresetMinterPauser}. */
  public static Artifact openZeppelin(String name) {
    Path file =
        ProjectPaths.root()
            .resolve("tools/devchain/node_modules/@openzeppelin/contracts/build/contracts")
            .resolve(name + ".json");
    try {
      JsonNode node = JSON.readTree(file.toFile());
      return new Artifact(name, node.get("abi").toString(), node.get("bytecode").asText());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenZeppelin artifact " + file, e);
    }
  }

  /** Compiles Solidity files with solc-js; returns every contract by name. */
  public static Map<String, Artifact> compile(Path... sources) {
    Path devchain = ProjectPaths.root().resolve("tools/devchain");
    List<String> cmd = new ArrayList<>(List.of("node", devchain.resolve("compile.js").toString()));
    for (Path s : sources) {
      cmd.add(s.toAbsolutePath().toString());
    }
    try {
      Path out = Files.createTempFile("solc", ".json");
      Path err = Files.createTempFile("solc", ".err");
      try {
        Process p =
            new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException("solc timed out");
        }
        if (p.exitValue() != 0) {
          throw new IllegalStateException(
              "solc failed: " + Files.readString(err, StandardCharsets.UTF_8));
        }
        Map<String, Artifact> result = new LinkedHashMap<>();
        JSON.readTree(out.toFile())
            .fields()
            .forEachRemaining(
                e ->
                    result.put(
                        e.getKey(),
                        new Artifact(
                            e.getKey(),
                            e.getValue().get("abi").toString(),
                            e.getValue().get("bytecode").asText())));
        return result;
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * Deploys {@code artifact} from an unlocked dev account and returns the contract address
   * (lower-case hex). {@code constructorArgsHex} is the ABI-encoded arguments without 0x, or "".
   */
  public static String deploy(
      Anvil anvil, DevAccount from, Artifact artifact, String constructorArgsHex) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", from.address());
    tx.put("data", artifact.bytecode() + constructorArgsHex);
    tx.put("gas", "0x" + Long.toHexString(8_000_000));
    String hash = anvil.call("eth_sendTransaction", tx).asText();
    JsonNode receipt = anvil.call("eth_getTransactionReceipt", hash);
    if (receipt == null || receipt.isNull()) {
      anvil.mine(1);
      receipt = anvil.call("eth_getTransactionReceipt", hash);
    }
    if (!"0x1".equals(receipt.get("status").asText())) {
      throw new IllegalStateException("deployment of " + artifact.name() + " reverted");
    }
    return receipt.get("contractAddress").asText();
  }
}
