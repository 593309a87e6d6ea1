package io.abacus.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.Testbed;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.ingest.Indexer;
import io.abacus.explorer.ingest.IndexerConfig;
import io.abacus.explorer.ingest.ProgressListener;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Statements page's view models, without a stage: create, verify, and a tampered file. */
@WithAnvil
class StatementsViewModelTest {
  @Test
  void createsSignsAndSavesThenTheLenderViewVerifiesAndNamesTampering(
      Anvil anvil, @TempDir Path dir) throws Exception {
    Testbed bed = Testbed.on(dir.resolve("data"), anvil);
    long from = anvil.blockNumber() + 1;
    Address token =
        Testbed.deployToken(anvil, anvil.account(3), bed.account(), BigInteger.TEN.pow(21));
    send(anvil, bed.account().toString(), anvil.account(5).address(), "0x6f05b59d3b20000");
    StatementsViewModel create = new StatementsViewModel(bed.ctx, bed.i18n);
    assertThat(create.create()).isFalse();
    assertThat(create.errorProperty().get()).contains("two dates");

    create.fromProperty().set(String.valueOf(from));
    create.toProperty().set(String.valueOf(anvil.blockNumber()));
    create.tokensProperty().set(token.toString());
    Path json = dir.resolve("s.json");
    Path pdf = dir.resolve("s.pdf");
    create.jsonPathProperty().set(json.toString());
    create.pdfPathProperty().set(pdf.toString());
    assertThat(create.create()).isTrue();
    assertThat(create.errorProperty().get()).isEmpty();
    assertThat(create.statusProperty().get()).startsWith("2 movements in blocks " + from);
    assertThat(Files.size(pdf)).isPositive();

    VerifyStatementViewModel verify =
        new VerifyStatementViewModel(bed.ctx.node(), bed.ctx.executor(), bed.i18n);
    verify.pathProperty().set(json.toString());
    assertThat(verify.verify()).isTrue();
    assertThat(verify.validProperty().get()).isTrue();
    assertThat(verify.summaryProperty().get())
        .isEqualTo("Valid: 2 movements, signed by " + bed.account());
    assertThat(verify.problems()).isEmpty();

    Path edited = dir.resolve("edited.json");
    Files.writeString(edited, Files.readString(json).replace("\"0.5\"", "\"5\""));
    verify.pathProperty().set(edited.toString());
    assertThat(verify.verify()).isTrue();
    assertThat(verify.validProperty().get()).isFalse();
    assertThat(verify.summaryProperty().get()).startsWith("Not valid:");
    assertThat(verify.problems())
        .extracting(VerifyStatementViewModel.Row::kind)
        .contains("signature", "altered");
    assertThat(verify.countsProperty().get()).contains("signature 2", "altered 1", "missing 0");

    verify.pathProperty().set(dir.resolve("none.json").toString());
    assertThat(verify.verify()).isFalse();
    assertThat(verify.errorProperty().get()).startsWith("No statement file at");
  }

  @Test
  void theNetworksIndexIsOfferedAndGivesTheSameFileAndVerdict(Anvil anvil, @TempDir Path dir)
      throws Exception {
    Testbed bed = Testbed.on(dir.resolve("data"), anvil);
    long from = anvil.blockNumber() + 1;
    send(anvil, anvil.account(5).address(), bed.account().toString(), "0x1bc16d674ec80000");
    send(anvil, bed.account().toString(), anvil.account(5).address(), "0x6f05b59d3b20000");
    long to = anvil.blockNumber();
    Path indexFile = dir.resolve("index.sqlite");
    IndexChoice index = new IndexChoice(bed.ctx.node(), n -> indexFile);
    assertThat(index.availableProperty().get()).as("no index yet").isFalse();
    index.useProperty().set(true);
    index.refresh();
    assertThat(index.useProperty().get()).isFalse();

    ExplorerDatabase db = ExplorerDatabase.open(indexFile);
    try (Indexer indexer =
        new Indexer(
            new BlockFetcher(bed.ctx.node().client().json(), 50),
            db,
            new IndexerConfig(50, 1, 1000, 50_000, 0, 1000, false),
            ProgressListener.none())) {
      indexer.index(OptionalLong.empty(), OptionalLong.of(to), () -> false);
    }
    index.refresh();
    assertThat(index.availableProperty().get()).isTrue();

    Path byNode = dir.resolve("node.json");
    Path byIndex = dir.resolve("index.json");
    for (Path out : List.of(byNode, byIndex)) {
      index.useProperty().set(out.equals(byIndex));
      StatementsViewModel create = new StatementsViewModel(bed.ctx, bed.i18n, index);
      create.fromProperty().set(String.valueOf(from));
      create.toProperty().set(String.valueOf(to));
      create.jsonPathProperty().set(out.toString());
      assertThat(create.create()).isTrue();
      assertThat(create.errorProperty().get()).isEmpty();
    }
    assertThat(Files.readString(byIndex)).isEqualTo(Files.readString(byNode));

    VerifyStatementViewModel verify =
        new VerifyStatementViewModel(bed.ctx.node(), bed.ctx.executor(), bed.i18n, index);
    Path edited = dir.resolve("edited.json");
    Files.writeString(edited, Files.readString(byNode).replace("\"0.5\"", "\"5\""));
    verify.pathProperty().set(edited.toString());
    assertThat(verify.verify()).isTrue();
    assertThat(verify.countsProperty().get()).contains("signature 2", "altered 1", "missing 0");

    send(anvil, bed.account().toString(), anvil.account(5).address(), "0x1");
    StatementsViewModel beyond = new StatementsViewModel(bed.ctx, bed.i18n, index);
    beyond.fromProperty().set(String.valueOf(from));
    beyond.toProperty().set(String.valueOf(anvil.blockNumber()));
    beyond.jsonPathProperty().set(dir.resolve("beyond.json").toString());
    assertThat(beyond.create()).isTrue();
    assertThat(beyond.errorProperty().get()).contains("the index holds blocks 0.." + to);
  }

  private static void send(Anvil anvil, String from, String to, String value) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", from);
    tx.put("to", to);
    tx.put("value", value);
    Testbed.awaitReceipt(anvil, anvil.call("eth_sendTransaction", tx).asText());
  }
}
