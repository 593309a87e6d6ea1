package io.abacus.app.cli.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.Anvil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A shop's data folder with one wallet, driven through the command line. */
final class Shop {
  private static final ObjectMapper JSON = new ObjectMapper();
  final Path data;
  final Path password;
  final String address;
  private final Anvil anvil;
  private final String today;

  Shop(Anvil anvil, Path dir, String today) throws Exception {
    this.anvil = anvil;
    this.today = today;
    this.data = dir.resolve("data");
    this.password = Files.writeString(dir.resolve("pw"), "correct horse battery\n");
    CliRunner.Result r =
        cli().run("wallet", "create", "shop", "--password-file", password.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    this.address =
        ok("wallet", "accounts", "shop", "--password-file", password.toString(), "--json")
            .get("accounts")
            .get(0)
            .get("address")
            .asText();
  }

  private Shop(Shop other, String today) {
    this.anvil = other.anvil;
    this.today = today;
    this.data = other.data;
    this.password = other.password;
    this.address = other.address;
  }

  /** The same shop on another day. */
  Shop on(String otherDay) {
    return new Shop(this, otherDay);
  }

  CliRunner cli() {
    return new CliRunner(data, Map.of("ABACUS_VAULT_SCRYPT_N", "16384", "ABACUS_TODAY", today));
  }

  /** Runs a command that must succeed with {@code --json}; returns its output. */
  JsonNode ok(String... args) throws Exception {
    CliRunner.Result r = cli().run(args);
    assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
    return JSON.readTree(r.out());
  }

  JsonNode create(String asset, String amount, String... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "invoice",
                "create",
                "--wallet",
                "shop",
                "--account",
                "0",
                "--password-file",
                password.toString(),
                "--rpc",
                anvil.rpcUrl(),
                "--chain-id",
                String.valueOf(anvil.chainId()),
                "--asset",
                asset,
                "--amount",
                amount,
                "--json"));
    args.addAll(List.of(more));
    return ok(args.toArray(String[]::new));
  }

  String[] syncArgs() {
    return new String[] {
      "invoice",
      "sync",
      "--rpc",
      anvil.rpcUrl(),
      "--chain-id",
      String.valueOf(anvil.chainId()),
      "--json"
    };
  }

  JsonNode sync() throws Exception {
    return ok(syncArgs());
  }

  /** The invoice {@code id} as {@code invoice list --json} shows it. */
  JsonNode invoice(String id) throws Exception {
    for (JsonNode i : ok("invoice", "list", "--json").get("invoices")) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no invoice " + id);
  }

  String status(String id) throws Exception {
    return invoice(id).get("status").asText();
  }
}
