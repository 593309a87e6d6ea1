package io.abacus.wallet.payout;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks payout rows one by one, before anything is signed: the recipient (checksum, address-book
 * name), the amount (a plain decimal above zero with no more decimals than the asset has; thousands
 * separators and decimal commas are refused rather than guessed), the asset (native, registry
 * symbol, token address). A row repeating an earlier one is valid but gets a warning.
 */
public final class PayoutValidator {
  private static final Pattern PLAIN = Pattern.compile("[+-]?[0-9]*(\\.[0-9]*)?");
  private static final Pattern GROUPED =
      Pattern.compile("[0-9]{1,3}([,.' \u00A0\u202F][0-9]{3})+([.,][0-9]+)?");
  private final PayoutLookups lookups;

  /** The rows that can be paid, and the problems found. */
  public record Result(List<PayoutItem> items, List<Problem> errors, List<Problem> warnings) {
    public Result {
      items = List.copyOf(items);
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }
  }

  public PayoutValidator(PayoutLookups lookups) {
    this.lookups = lookups;
  }

  /** Checks every row; the result's items are the valid rows in file order. */
  public Result check(List<PayoutRow> rows) {
    List<PayoutItem> items = new ArrayList<>();
    List<Problem> errors = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (PayoutRow row : rows) {
      try {
        PayoutItem item = item(row);
        String key = item.to() + "|" + item.asset().key() + "|" + item.units();
        Integer first = seen.putIfAbsent(key, row.line());
        if (first != null) {
          item = new PayoutItem(row, item.to(), item.asset(), item.units(), first);
          warnings.add(
              new Problem(
                  row.line(),
                  "repeats line "
                      + first
                      + " (same recipient, asset and amount); paid twice only if confirmed"));
        }
        items.add(item);
      } catch (IllegalArgumentException e) {
        errors.add(new Problem(row.line(), e.getMessage()));
      }
    }
    return new Result(items, errors, warnings);
  }

  private PayoutItem item(PayoutRow row) {
    Address to = recipient(row.to());
    PayoutAsset asset = asset(row.asset());
    BigInteger units = amount(row.amount(), asset);
    return new PayoutItem(row, to, asset, units, 0);
  }

  private Address recipient(String to) {
    if (to.isEmpty()) {
      throw new IllegalArgumentException("no recipient in 'to'");
    }
    if (to.startsWith("0x") || to.startsWith("0X")) {
      try {
        return Address.parse(to);
      } catch (InvalidAddressException e) {
        throw new IllegalArgumentException(e.getMessage());
      }
    }
    return lookups
        .addressOf(to)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'" + to + "' is not an address nor a name in the address book"));
  }

  private PayoutAsset asset(String asset) {
    if (asset.isEmpty()) {
      throw new IllegalArgumentException("no asset: write ETH, a token symbol or a token address");
    }
    PayoutAsset nativeAsset = lookups.nativeAsset();
    if (asset.equalsIgnoreCase("native") || asset.equalsIgnoreCase(nativeAsset.symbol())) {
      return nativeAsset;
    }
    if (asset.startsWith("0x") || asset.startsWith("0X")) {
      Address contract;
      try {
        contract = Address.parse(asset);
      } catch (InvalidAddressException e) {
        throw new IllegalArgumentException("asset: " + e.getMessage());
      }
      return lookups
          .tokenAt(contract)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "asset " + contract + " is not an ERC-20 token on this network"));
    }
    return lookups
        .tokenBySymbol(asset)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown asset '" + asset + "': add the token first, or write its address"));
  }

  /** The amount in base units; the messages say how to write it. */
  static BigInteger amount(String text, PayoutAsset asset) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("no amount");
    }
    if (GROUPED.matcher(text).matches() && !PLAIN.matcher(text).matches()
        || text.indexOf(',') >= 0) {
      throw new IllegalArgumentException(
          "amount '"
              + text
              + "' has a thousands separator or a decimal comma;"
              + " write it plainly with a point, like 1234.50");
    }
    if (!PLAIN.matcher(text).matches() || text.replaceAll("[+.-]", "").isEmpty()) {
      throw new IllegalArgumentException("amount '" + text + "' is not a decimal number");
    }
    BigDecimal d = new BigDecimal(text);
    if (d.signum() <= 0) {
      throw new IllegalArgumentException("amount " + text + " must be more than zero");
    }
    if (d.stripTrailingZeros().scale() > asset.decimals()) {
      throw new IllegalArgumentException(
          "amount "
              + text
              + " has more than "
              + asset.decimals()
              + " decimals, the most "
              + asset.symbol()
              + " has");
    }
    return d.movePointRight(asset.decimals()).toBigIntegerExact();
  }

  /** Lower-case form for symbol comparisons. */
  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** For lookups that match symbols: whether {@code a} and {@code b} name the same symbol. */
  public static boolean sameSymbol(String a, String b) {
    return fold(a).equals(fold(b));
  }

  /** The first of {@code found} or empty; more than one is ambiguous. */
  public static Optional<PayoutAsset> single(String symbol, List<PayoutAsset> found) {
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "asset '" + symbol + "' names " + found.size() + " tokens; write the token's address");
    }
    return found.stream().findFirst();
  }
}
