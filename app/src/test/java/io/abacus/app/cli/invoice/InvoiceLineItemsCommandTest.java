package io.abacus.app.cli.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.app.cli.CliRunner;
import io.abacus.app.settings.InvoiceSettings;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceBook;
import io.abacus.wallet.invoice.LineItem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invoice create --item}, and {@code invoice sync}'s confirmations from Settings. */
@WithAnvil
class InvoiceLineItemsCommandTest {
  @Test
  void lineItemsGiveTheAmountAndSyncWaitsForTheConfirmationsOfSettings(
      Anvil anvil, @TempDir Path dir) throws Exception {
    Shop shop = new Shop(anvil, dir, "2026-01-05");

    JsonNode summed =
        shop.ok(
            create(
                shop, anvil, "--item", "Design; logo;2;0.25", "--item", "Hosting;1;0.1", "--json"));
    assertThat(summed.get("amount").asText()).isEqualTo("0.600001");
    Invoice saved = book(shop).get(0);
    assertThat(saved.lineItems())
        .containsExactly(
            new LineItem("Design; logo", new BigDecimal("2"), eth("0.25")),
            new LineItem("Hosting", BigDecimal.ONE, eth("0.1")));

    JsonNode given =
        shop.ok(create(shop, anvil, "--amount", "0.6", "--item", "Hosting;3;0.2", "--json"));
    assertThat(given.get("amount").asText()).isEqualTo("0.600002");

    oneLineError(
        shop.cli().run(create(shop, anvil, "--amount", "1", "--item", "Hosting;3;0.2")),
        "not the sum of the line items, 0.6");
    oneLineError(shop.cli().run(create(shop, anvil, "--item", "Hosting;x;0.2")), "quantity");
    oneLineError(shop.cli().run(create(shop, anvil, "--item", "no numbers")), "DESCRIPTION;QTY");
    oneLineError(shop.cli().run(create(shop, anvil)), "--amount");

    SettingsStore settings =
        new SettingsStore(shop.data, NetworkPresets.load(), SettingsMigrations.standard());
    settings.save(
        settings.load(Locale.ROOT).withInvoicing(InvoiceSettings.DEFAULTS.withConfirmations(3)));
    new Chain(anvil).eth(3, shop.address, "0.600001");

    JsonNode waiting = shop.sync();
    assertThat(waiting.get("matched").asInt()).isZero();
    assertThat(waiting.get("pending").asInt()).isEqualTo(1);
    assertThat(shop.status(summed.get("id").asText())).isEqualTo("open");

    List<String> once = new ArrayList<>(List.of(shop.syncArgs()));
    once.addAll(List.of("--confirmations", "1"));
    assertThat(shop.ok(once.toArray(String[]::new)).get("matched").asInt()).isEqualTo(1);
    assertThat(shop.status(summed.get("id").asText())).isEqualTo("paid");
  }

  private static String[] create(Shop shop, Anvil anvil, String... more) {
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
                shop.password.toString(),
                "--rpc",
                anvil.rpcUrl(),
                "--chain-id",
                String.valueOf(anvil.chainId()),
                "--asset",
                "ETH"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static List<Invoice> book(Shop shop) throws Exception {
    return InvoiceBook.inDataDirectory(shop.data).invoices();
  }

  private static BigInteger eth(String text) {
    return new BigDecimal(text).movePointRight(18).toBigIntegerExact();
  }

  private static void oneLineError(CliRunner.Result r, String says) {
    assertThat(r.exitCode()).as(r.out()).isNotZero();
    assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).contains(says);
  }
}
