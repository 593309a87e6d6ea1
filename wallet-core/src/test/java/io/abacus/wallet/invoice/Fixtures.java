package io.abacus.wallet.invoice;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/** Small builders for invoice tests. */
final class Fixtures {
  static final String SHOP = "0x00000000000000000000000000000000000000aa";
  static final String ALICE = "0x00000000000000000000000000000000000000a1";
  static final String BOB = "0x00000000000000000000000000000000000000b0";
  static final String USDC = "0x00000000000000000000000000000000000000c0";
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final BigInteger UNIT = BigInteger.TEN.pow(6);

  private Fixtures() {}

  /** A 6-decimal token invoice to the shop. */
  static Invoice invoice(String id, long nominal, long amount, String payer, LocalDate due) {
    return new Invoice(
        id,
        1,
        SHOP,
        USDC,
        "USDC",
        6,
        BigInteger.valueOf(nominal),
        BigInteger.valueOf(amount),
        "",
        payer,
        "",
        TODAY.minusDays(10),
        due,
        List.of(),
        10,
        false,
        List.of());
  }

  static IncomingPayment pay(String hash, String from, long amount, long block) {
    return new IncomingPayment(
        hash + "/0", hash, from, SHOP, USDC, BigInteger.valueOf(amount), block, 0, 0);
  }
}
