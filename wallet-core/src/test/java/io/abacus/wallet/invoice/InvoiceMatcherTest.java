package io.abacus.wallet.invoice;

import static io.abacus.wallet.invoice.Fixtures.ALICE;
import static io.abacus.wallet.invoice.Fixtures.BOB;
import static io.abacus.wallet.invoice.Fixtures.TODAY;
import static io.abacus.wallet.invoice.Fixtures.invoice;
import static io.abacus.wallet.invoice.Fixtures.pay;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceMatcherTest {
  private static final Invoice A = invoice("INV-0001", 100_000_000, 100_000_001, null, null);
  private static final Invoice B = invoice("INV-0002", 100_000_000, 100_000_002, null, null);

  @Test
  void twoInvoicesOfTheSameNominalAmountAreEachPaidByTheirOwnAmount() {
    Matching m =
        InvoiceMatcher.match(
            List.of(A, B),
            List.of(pay("0xb", BOB, 100_000_002, 20), pay("0xa", ALICE, 100_000_001, 21)),
            30,
            1,
            TODAY);
    assertThat(m.invoice("INV-0001").orElseThrow().payments())
        .extracting(p -> p.payment().hash())
        .containsExactly("0xa");
    assertThat(m.invoice("INV-0002").orElseThrow().payments())
        .extracting(p -> p.payment().hash())
        .containsExactly("0xb");
    assertThat(m.invoices()).allMatch(s -> s.status() == InvoiceStatus.PAID);
    assertThat(m.unassigned()).isEmpty();
  }

  @Test
  void aSmallerPaymentWithTheCodeIsPartialThenTheRemainderCompletesIt() {
    Matching first =
        InvoiceMatcher.match(
            List.of(A, B), List.of(pay("0x1", ALICE, 40_000_001, 20)), 30, 1, TODAY);
    InvoiceState a = first.invoice("INV-0001").orElseThrow();
    assertThat(a.status()).isEqualTo(InvoiceStatus.PARTIAL);
    assertThat(a.remaining()).isEqualTo(BigInteger.valueOf(60_000_000));

    Matching second =
        InvoiceMatcher.match(
            List.of(A, B),
            List.of(pay("0x1", ALICE, 40_000_001, 20), pay("0x2", ALICE, 60_000_000, 22)),
            30,
            1,
            TODAY);
    assertThat(second.invoice("INV-0001").orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(second.invoice("INV-0002").orElseThrow().status()).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void aLargerPaymentIsOverpaidWithTheExcess() {
    Matching m =
        InvoiceMatcher.match(
            List.of(A, B), List.of(pay("0x1", ALICE, 150_000_002, 20)), 30, 1, TODAY);
    InvoiceState b = m.invoice("INV-0002").orElseThrow();
    assertThat(b.status()).isEqualTo(InvoiceStatus.OVERPAID);
    assertThat(b.excess()).isEqualTo(BigInteger.valueOf(50_000_000));
  }

  @Test
  void anUnrelatedPaymentIsUnassignedUntilAssignedByHand() {
    IncomingPayment p = pay("0x9", BOB, 7_000_000, 20);
    Matching m = InvoiceMatcher.match(List.of(A), List.of(p), 30, 1, TODAY);
    assertThat(m.unassigned()).containsExactly(p);
    Matching assigned = InvoiceMatcher.match(List.of(A.assign("0x9")), List.of(p), 30, 1, TODAY);
    assertThat(assigned.unassigned()).isEmpty();
    InvoiceState a = assigned.invoice("INV-0001").orElseThrow();
    assertThat(a.payments()).singleElement().matches(InvoiceState.MatchedPayment::byHand);
    assertThat(a.status()).isEqualTo(InvoiceStatus.PARTIAL);
  }

  @Test
  void aKnownPayerPaysTheOldestOpenInvoiceEvenWithoutTheCode() {
    Invoice c = invoice("INV-0003", 5_000_000, 5_000_003, BOB, null);
    Matching m =
        InvoiceMatcher.match(List.of(A, c), List.of(pay("0x1", BOB, 5_000_000, 20)), 30, 1, TODAY);
    assertThat(m.invoice("INV-0003").orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void pastDueAndUnpaidIsLateAndACancelledInvoiceTakesNothing() {
    Invoice late = invoice("INV-0001", 100_000_000, 100_000_001, null, TODAY.minusDays(1));
    Matching m =
        InvoiceMatcher.match(
            List.of(late, B.cancel()), List.of(pay("0x1", BOB, 100_000_002, 20)), 30, 1, TODAY);
    assertThat(m.invoice("INV-0001").orElseThrow().status()).isEqualTo(InvoiceStatus.LATE);
    assertThat(m.invoice("INV-0002").orElseThrow().status()).isEqualTo(InvoiceStatus.CANCELLED);
    assertThat(m.unassigned()).hasSize(1);
  }

  @Test
  void unconfirmedPaymentsWaitAndARemovedPaymentStopsCounting() {
    IncomingPayment p = pay("0x1", ALICE, 100_000_001, 28);
    Matching waiting = InvoiceMatcher.match(List.of(A), List.of(p), 30, 5, TODAY);
    assertThat(waiting.pending()).containsExactly(p);
    assertThat(waiting.invoice("INV-0001").orElseThrow().status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(
            InvoiceMatcher.match(List.of(A), List.of(p), 32, 5, TODAY).invoices().get(0).status())
        .isEqualTo(InvoiceStatus.PAID);
    assertThat(InvoiceMatcher.match(List.of(A), List.of(), 32, 5, TODAY).invoices().get(0).status())
        .isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void aPaymentBeforeTheInvoiceWasMadeDoesNotCount() {
    Matching m =
        InvoiceMatcher.match(List.of(A), List.of(pay("0x1", ALICE, 100_000_001, 10)), 30, 1, TODAY);
    assertThat(m.invoice("INV-0001").orElseThrow().status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(m.unassigned()).hasSize(1);
  }

  @Test
  void paymentWithoutTheSuffixStillSettlesTheNominalAmount() {
    Matching m =
        InvoiceMatcher.match(
            List.of(A.assign("0x1")), List.of(pay("0x1", ALICE, 100_000_000, 20)), 30, 1, TODAY);
    InvoiceState a = m.invoices().get(0);
    assertThat(a.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(a.remaining()).isZero();
  }
}
