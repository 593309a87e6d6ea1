package io.abacus.app.cli.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.app.cli.CliRunner;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Done when" cases of invoices on anvil, through the command line. */
@WithAnvil
class InvoiceCommandTest {
  private static final String DAY = "2026-01-05";

  @Test
  void matchesEachPaymentToTheRightInvoice(Anvil anvil, @TempDir Path dir) throws Exception {
    Chain chain = new Chain(anvil);
    String token = chain.token(2);
    Shop shop = new Shop(anvil, dir, DAY);

    JsonNode one = shop.create(token, "100", "--customer", "Acme");
    JsonNode two = shop.create("TUSD", "100", "--customer", "Bolt");
    assertThat(one.get("amount").asText()).isEqualTo("100.000001");
    assertThat(two.get("amount").asText()).isEqualTo("100.000002");
    assertThat(one.get("asset").asText()).isEqualToIgnoringCase(token);
    assertThat(one.get("status").asText()).isEqualTo("open");
    assertThat(one.get("payTo").asText()).isEqualTo(shop.address);
    assertThat(one.get("uri").asText()).startsWith("ethereum:" + one.get("asset").asText());
    String exact = shop.create("ETH", "1").get("id").asText();
    JsonNode partial = shop.create("ETH", "2");
    String over = shop.create("ETH", "0.5").get("id").asText();
    String byHand = shop.create("ETH", "3").get("id").asText();
    String late = shop.create(token, "5", "--due", "2026-02-01").get("id").asText();
    assertThat(partial.get("amount").asText()).isEqualTo("2.000002");
    assertThat(partial.get("uri").asText()).contains("@" + anvil.chainId(), "value=");

    chain.tokens(token, 2, shop.address, "100.000002");
    chain.tokens(token, 2, shop.address, "100.000001");
    chain.eth(3, shop.address, "1.000001");
    chain.eth(4, shop.address, "1.000002");
    chain.eth(4, shop.address, "0.600003");
    String unrelated = chain.eth(5, shop.address, "0.123");
    JsonNode synced = shop.sync();
    assertThat(synced.get("matched").asInt()).isEqualTo(5);
    assertThat(synced.get("unassigned"))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.get("hash").asText()).isEqualTo(unrelated);
              assertThat(u.get("amount").asText()).isEqualTo("0.123");
              assertThat(u.get("asset").asText()).isEqualTo("ETH");
              assertThat(u.get("from").asText()).isEqualToIgnoringCase(anvil.account(5).address());
            });

    JsonNode a = shop.invoice(one.get("id").asText());
    assertThat(a.get("status").asText()).isEqualTo("paid");
    assertThat(a.get("payments"))
        .singleElement()
        .satisfies(p -> assertThat(p.get("amount").asText()).isEqualTo("100.000001"));
    assertThat(shop.invoice(two.get("id").asText()).get("payments").get(0).get("amount").asText())
        .isEqualTo("100.000002");
    assertThat(shop.status(exact)).isEqualTo("paid");
    JsonNode p = shop.invoice(partial.get("id").asText());
    assertThat(p.get("status").asText()).isEqualTo("partial");
    assertThat(p.get("remaining").asText()).isEqualTo("1");
    JsonNode o = shop.invoice(over);
    assertThat(o.get("status").asText()).isEqualTo("overpaid");
    assertThat(o.get("excess").asText()).isEqualTo("0.1");

    chain.eth(4, shop.address, "1");
    shop.sync();
    assertThat(shop.status(partial.get("id").asText())).isEqualTo("paid");

    shop.ok("invoice", "assign", byHand, unrelated, "--json");
    assertThat(shop.sync().get("unassigned")).isEmpty();
    JsonNode h = shop.invoice(byHand);
    assertThat(h.get("status").asText()).isEqualTo("partial");
    assertThat(h.get("payments").get(0).get("byHand").asBoolean()).isTrue();

    assertThat(shop.status(late)).isEqualTo("open");
    Shop later = shop.on("2026-03-01");
    assertThat(later.status(late)).isEqualTo("late");
    assertThat(later.status(exact)).isEqualTo("paid");
    assertThat(later.ok("invoice", "list", "--status", "late", "--json").get("invoices"))
        .hasSize(1);

    String snapshot = anvil.snapshot();
    String reorged = shop.create("ETH", "0.25").get("id").asText();
    chain.eth(6, shop.address, "0.250001");
    shop.sync();
    assertThat(shop.status(reorged)).isEqualTo("paid");
    anvil.revert(snapshot);
    anvil.mine(2);
    shop.sync();
    assertThat(shop.status(reorged)).isEqualTo("open");

    shop.ok("invoice", "cancel", reorged, "--json");
    assertThat(shop.status(reorged)).isEqualTo("cancelled");
    Path csv = dir.resolve("ar.csv");
    shop.ok("invoice", "export", "--csv", csv.toString(), "--json");
    String text = Files.readString(csv);
    assertThat(text.lines().findFirst().orElseThrow()).startsWith("invoice,chain_id,customer");
    assertThat(text).contains(unrelated, "Acme", "overpaid", "cancelled");

    Path pdf = dir.resolve("invoice.pdf");
    assertThat(
            shop.ok(
                    "invoice",
                    "pdf",
                    exact,
                    "--out",
                    pdf.toString(),
                    "--language",
                    "zh-CN",
                    "--json")
                .get("file")
                .asText())
        .isEqualTo(pdf.toString());
    assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
        .startsWith("%PDF-");

    CliRunner.Result bad = shop.cli().run("invoice", "assign", exact, "0x" + "ab".repeat(32));
    assertThat(bad.exitCode()).isNotZero();
    assertThat(bad.err().strip().lines()).hasSize(1);
  }
}
