package io.abacus.app.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code labels.json} (format version {@value #VERSION}): the names of the demo businesses
 * and the Test USD contract, for the address book to import. Every label is on chain 31337 and
 * marked as test money.
 */
final class SandboxLabels {
  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  SandboxLabels(Path file) {
    this.file = file;
  }

  void write(List<DemoBusiness> businesses, Address token) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    root.put("chainId", SandboxNetwork.CHAIN_ID);
    root.put("testMoney", true);
    ArrayNode labels = root.putArray("labels");
    ObjectNode t = labels.addObject();
    t.put("address", token.toString());
    t.put("name", TestUsd.NAME + " (" + TestUsd.SYMBOL + ")");
    t.put("kind", "token");
    for (DemoBusiness b : businesses) {
      ObjectNode o = labels.addObject();
      o.put("address", b.address().toString());
      o.put("name", b.name());
      o.put("kind", "demo business");
    }
    try {
      AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
