package io.abacus.app.invoices;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.uri.PaymentRequest;
import io.abacus.wallet.uri.PaymentUri;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/** The EIP-681 URI of an invoice (its exact amount, chain and pay-to address). */
public final class InvoiceUris {
  private InvoiceUris() {}

  /** The URI of what is left to pay: the remainder once partly paid, else the whole amount. */
  public static String toPay(InvoiceState s) {
    boolean part = s.remaining().signum() > 0 && s.paid().signum() > 0;
    return uri(s.invoice(), part ? s.remaining() : s.invoice().amount());
  }

  /** An {@code ethereum:} URI asking for {@code amount} base units (the amount or what remains). */
  public static String uri(Invoice i, BigInteger amount) {
    Address to = Address.parse(i.payTo());
    OptionalLong chain = OptionalLong.of(i.chainId());
    PaymentRequest r =
        i.isNative()
            ? new PaymentRequest.Ether(
                to, chain, Optional.of(amount), Optional.empty(), Optional.empty())
            : new PaymentRequest.Token(
                Address.parse(i.asset()),
                to,
                chain,
                Optional.of(amount),
                Optional.empty(),
                Optional.empty());
    return PaymentUri.build(r);
  }
}
