package io.abacus.wallet.invoice;

import static io.abacus.wallet.invoice.Fixtures.ALICE;
import static io.abacus.wallet.invoice.Fixtures.SHOP;
import static io.abacus.wallet.invoice.Fixtures.TODAY;
import static io.abacus.wallet.invoice.Fixtures.USDC;
import static io.abacus.wallet.invoice.Fixtures.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceBookTest {
  @TempDir Path dir;

  private InvoiceDraft draft(long nominal) {
    return new InvoiceDraft(
        1,
        SHOP,
        USDC,
        "USDC",
        6,
        BigInteger.valueOf(nominal),
        "Acme",
        null,
        "PO-7",
        TODAY,
        TODAY.plusDays(30),
        List.of(),
        10);
  }

  @Test
  void sameNominalAmountsGetDifferentCodesAndSurviveARestart() throws IOException {
    InvoiceBook book = new InvoiceBook(dir.resolve("invoices.json"));
    Invoice a = book.create(draft(100_000_000));
    Invoice b = book.create(draft(100_000_000));
    assertThat(a.id()).isEqualTo("INV-0001");
    assertThat(b.id()).isEqualTo("INV-0002");
    assertThat(a.amount()).isEqualTo(BigInteger.valueOf(100_000_001));
    assertThat(b.amount()).isEqualTo(BigInteger.valueOf(100_000_002));
    assertThat(new InvoiceBook(dir.resolve("invoices.json")).invoices()).containsExactly(a, b);
    assertThat(AtomicFile.readBackup(dir.resolve("invoices.json"))).isPresent();
  }

  @Test
  void aPaidInvoiceFreesItsCode() throws IOException {
    InvoiceBook book = new InvoiceBook(dir.resolve("invoices.json"));
    Invoice a = book.create(draft(100_000_000));
    book.saveSnapshot(
        1, new InvoiceBook.Snapshot(30, 1, List.of(pay("0x1", ALICE, 100_000_001, 20))), TODAY);
    assertThat(book.create(draft(100_000_000)).amount()).isEqualTo(a.amount());
  }

  @Test
  void lineItemsKeepTheirValuesAndMustAddUp() throws IOException {
    InvoiceBook book = new InvoiceBook(dir.resolve("invoices.json"));
    List<LineItem> items =
        List.of(
            new LineItem("Design, hours", new BigDecimal("1.5"), BigInteger.valueOf(40_000_000)),
            new LineItem("Hosting", BigDecimal.ONE, BigInteger.valueOf(40_000_000)));
    Invoice made =
        book.create(
            new InvoiceDraft(
                1,
                SHOP,
                USDC,
                "USDC",
                6,
                BigInteger.valueOf(100_000_000),
                "",
                ALICE,
                "",
                TODAY,
                null,
                items,
                10));
    assertThat(book.invoices().get(0).lineItems()).isEqualTo(items);
    assertThat(made.payer()).isEqualTo(ALICE);
    assertThatThrownBy(
            () ->
                new InvoiceDraft(
                    1,
                    SHOP,
                    USDC,
                    "USDC",
                    6,
                    BigInteger.valueOf(99),
                    "",
                    null,
                    "",
                    TODAY,
                    null,
                    items,
                    10))
        .hasMessageContaining("add up");
  }

  @Test
  void assignNeedsAKnownPaymentToTheInvoicesAddressAndOneInvoiceOnly() throws IOException {
    InvoiceBook book = new InvoiceBook(dir.resolve("invoices.json"));
    book.create(draft(100_000_000));
    book.create(draft(5_000_000));
    assertThatThrownBy(() -> book.assign("INV-0001", "0x9")).hasMessageContaining("invoice sync");
    Matching m =
        book.saveSnapshot(
            1, new InvoiceBook.Snapshot(30, 1, List.of(pay("0x9", ALICE, 7, 20))), TODAY);
    assertThat(m.unassigned()).hasSize(1);
    book.assign("inv-0001", "0x9");
    assertThatThrownBy(() -> book.assign("INV-0002", "0x9")).hasMessageContaining("INV-0001");
    assertThat(book.match(TODAY).get(0).unassigned()).isEmpty();
    book.cancel("INV-0001");
    assertThat(book.match(TODAY).get(0).invoice("INV-0001").orElseThrow().status())
        .isEqualTo(InvoiceStatus.CANCELLED);
    assertThatThrownBy(() -> book.cancel("INV-0042")).hasMessageContaining("no invoice");
  }

  @Test
  void refusesAFileOfANewerVersion() throws IOException {
    Path file = dir.resolve("invoices.json");
    Files.writeString(file, "{\"version\":2}");
    assertThatThrownBy(() -> new InvoiceBook(file).invoices()).hasMessageContaining("version 2");
  }

  @Test
  void concurrentCreatesGetDistinctIdsAndCodes() throws Exception {
    Path file = dir.resolve("invoices.json");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Invoice>> made = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      InvoiceBook book = new InvoiceBook(file);
      made.add(pool.submit(() -> book.create(draft(1_000_000))));
    }
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    List<BigInteger> amounts = new ArrayList<>();
    for (Future<Invoice> f : made) {
      ids.add(f.get().id());
      amounts.add(f.get().amount());
    }
    pool.shutdown();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(amounts).doesNotHaveDuplicates();
    assertThat(new InvoiceBook(file).invoices()).hasSize(12);
  }
}
