package io.abacus.wallet.invoice;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An invoice: what a customer owes, in one asset, to one of the wallet's addresses on one chain.
 * Addresses are lower-case hex. Amounts are base units (wei, or the token's smallest unit).
 *
 * @param id short stable id ("INV-0001")
 * @param chainId the chain the invoice is paid on
 * @param payTo the wallet's receiving address
 * @param asset {@value #ETH} or the token contract
 * @param symbol the asset's symbol, for display
 * @param decimals the asset's decimals
 * @param nominal what the customer owes (the line items' sum when there are line items)
 * @param amount the exact amount to pay: {@code nominal} plus the invoice's unique suffix (see
 *     {@link UniqueAmount})
 * @param customer free text or an address-book label, may be empty
 * @param payer the address the customer pays from, or null when unknown
 * @param reference the seller's reference, may be empty
 * @param issued issue date
 * @param due due date, or null
 * @param lineItems optional line items
 * @param createdBlock the chain's head when the invoice was made; only later payments count
 * @param cancelled whether the user cancelled it
 * @param assigned transaction hashes the user assigned to this invoice by hand
 */
public record Invoice(
    String id,
    long chainId,
    String payTo,
    String asset,
    String symbol,
    int decimals,
    BigInteger nominal,
    BigInteger amount,
    String customer,
    String payer,
    String reference,
    LocalDate issued,
    LocalDate due,
    List<LineItem> lineItems,
    long createdBlock,
    boolean cancelled,
    List<String> assigned) {
  /** The asset of native ETH invoices. */
  public static final String ETH = "ETH";

  public Invoice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(payTo, "payTo");
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(nominal, "nominal");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(issued, "issued");
    customer = customer == null ? "" : customer;
    reference = reference == null ? "" : reference;
    lineItems = List.copyOf(lineItems == null ? List.of() : lineItems);
    assigned = List.copyOf(assigned == null ? List.of() : assigned);
    if (nominal.signum() <= 0 || amount.compareTo(nominal) < 0) {
      throw new IllegalArgumentException("an invoice's amount must be positive");
    }
  }

  /** Whether this is a native ETH invoice. */
  public boolean isNative() {
    return ETH.equals(asset);
  }

  /** This invoice's matching code (see {@link UniqueAmount#code}). */
  public int code() {
    return UniqueAmount.code(amount, decimals);
  }

  /** A copy marked cancelled. */
  public Invoice cancel() {
    return new Invoice(
        id,
        chainId,
        payTo,
        asset,
        symbol,
        decimals,
        nominal,
        amount,
        customer,
        payer,
        reference,
        issued,
        due,
        lineItems,
        createdBlock,
        true,
        assigned);
  }

  /** A copy with {@code hash} assigned by hand. */
  public Invoice assign(String hash) {
    List<String> more = new ArrayList<>(assigned);
    if (!more.contains(hash)) {
      more.add(hash);
    }
    return new Invoice(
        id,
        chainId,
        payTo,
        asset,
        symbol,
        decimals,
        nominal,
        amount,
        customer,
        payer,
        reference,
        issued,
        due,
        lineItems,
        createdBlock,
        cancelled,
        more);
  }
}
