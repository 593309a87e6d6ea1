package io.abacus.wallet.invoice;

import static io.abacus.wallet.invoice.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class InvoiceMatcherPropertyTest {

  @Property(tries = 300)
  void aPaymentNeverCountsTwiceAndTotalsConserve(
      @ForAll("invoices") @Size(max = 6) List<Invoice> invoices,
      @ForAll("payments") @Size(max = 12) List<IncomingPayment> payments,
      @ForAll @IntRange(min = 1, max = 4) int confirmations) {
    List<Invoice> unique = uniqueIds(invoices);
    Matching m = InvoiceMatcher.match(unique, payments, 40, confirmations, TODAY);
    List<String> keys = new ArrayList<>();
    BigInteger counted = BigInteger.ZERO;
    for (InvoiceState s : m.invoices()) {
      BigInteger sum = BigInteger.ZERO;
      for (InvoiceState.MatchedPayment p : s.payments()) {
        keys.add(p.payment().key());
        sum = sum.add(p.payment().amount());
      }
      assertThat(s.paid()).isEqualTo(sum);
      counted = counted.add(sum);
    }
    for (IncomingPayment p : m.unassigned()) {
      keys.add(p.key());
      counted = counted.add(p.amount());
    }
    for (IncomingPayment p : m.pending()) {
      keys.add(p.key());
      counted = counted.add(p.amount());
    }
    Set<String> distinct = new HashSet<>();
    BigInteger total = BigInteger.ZERO;
    for (IncomingPayment p : payments) {
      if (distinct.add(p.key())) {
        total = total.add(p.amount());
      }
    }
    assertThat(keys).doesNotHaveDuplicates().hasSameSizeAs(distinct);
    assertThat(counted).isEqualTo(total);
  }

  @Property(tries = 200)
  void theOrderOfThePaymentsDoesNotMatter(
      @ForAll("invoices") @Size(max = 6) List<Invoice> invoices,
      @ForAll("payments") @Size(max = 12) List<IncomingPayment> payments,
      @ForAll long seed) {
    List<Invoice> unique = uniqueIds(invoices);
    List<IncomingPayment> shuffled = new ArrayList<>(payments);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(InvoiceMatcher.match(unique, shuffled, 40, 1, TODAY))
        .isEqualTo(InvoiceMatcher.match(unique, payments, 40, 1, TODAY));
  }

  @Property(tries = 200)
  void statusesFollowTheAmounts(
      @ForAll("invoices") @Size(max = 6) List<Invoice> invoices,
      @ForAll("payments") @Size(max = 12) List<IncomingPayment> payments) {
    for (InvoiceState s :
        InvoiceMatcher.match(uniqueIds(invoices), payments, 40, 1, TODAY).invoices()) {
      Invoice i = s.invoice();
      switch (s.status()) {
        case OPEN -> assertThat(s.paid()).isZero();
        case PAID -> assertThat(s.paid()).isBetween(i.nominal(), i.amount());
        case OVERPAID ->
            assertThat(s.excess()).isEqualTo(s.paid().subtract(i.amount())).isPositive();
        case PARTIAL ->
            assertThat(s.remaining()).isEqualTo(i.amount().subtract(s.paid())).isPositive();
        case LATE -> assertThat(s.paid()).isLessThan(i.nominal());
        case CANCELLED -> assertThat(s.payments()).isEmpty();
      }
    }
  }

  private static List<Invoice> uniqueIds(List<Invoice> invoices) {
    List<Invoice> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Invoice i : invoices) {
      if (ids.add(i.id())) {
        out.add(i);
      }
    }
    return out;
  }

  @Provide
  Arbitrary<List<Invoice>> invoices() {
    Arbitrary<Invoice> one =
        Combinators.combine(
                Arbitraries.integers().between(1, 8),
                Arbitraries.longs().between(1, 5).map(n -> n * 1_000_000),
                Arbitraries.integers().between(1, 3),
                Arbitraries.of(Fixtures.ALICE, Fixtures.BOB, ""),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(false, false, true),
                Arbitraries.of("", "0x1", "0x2"))
            .as(
                (id, nominal, code, payer, due, cancelled, assigned) -> {
                  Invoice i =
                      Fixtures.invoice(
                          "INV-" + id,
                          nominal,
                          nominal + code,
                          payer.isEmpty() ? null : payer,
                          TODAY.minusDays(due - 1L));
                  i = assigned.isEmpty() ? i : i.assign(assigned);
                  return cancelled ? i.cancel() : i;
                });
    return one.list();
  }

  @Provide
  Arbitrary<List<IncomingPayment>> payments() {
    Arbitrary<IncomingPayment> one =
        Combinators.combine(
                Arbitraries.integers().between(1, 6),
                Arbitraries.of(Fixtures.ALICE, Fixtures.BOB),
                Arbitraries.longs().between(1, 6_000_003),
                Arbitraries.longs().between(5, 40))
            .as((h, from, amount, block) -> Fixtures.pay("0x" + h, from, amount, block));
    return one.list().map(InvoiceMatcherPropertyTest::distinctKeys);
  }

  /** Real transfers never share a key with different contents. */
  private static List<IncomingPayment> distinctKeys(List<IncomingPayment> payments) {
    Set<String> keys = new HashSet<>();
    return payments.stream().filter(p -> keys.add(p.key())).toList();
  }
}
