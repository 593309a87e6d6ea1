package io.abacus.wallet.uri;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and builds EIP-681 payment URIs for ETH and ERC-20 {@code transfer}. Amounts may use
 * scientific notation ({@code value=2.014e18}) but must come out as whole base units.
 */
public final class PaymentUri {
  private static final Pattern NUMBER = Pattern.compile("\\+?(\\d*)(?:\\.(\\d+))?(?:[eE](\\d*))?");
  private static final BigInteger MAX_UINT256 =
      BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
  private static final int MAX_EXPONENT = 78;
  private static final Set<String> FEE_KEYS = Set.of("gas", "gasLimit", "gasPrice");

  private PaymentUri() {}

  /**
   * Parses an {@code ethereum:} URI.
   *
   * @throws InvalidPaymentUriException saying which part is wrong
   */
  public static PaymentRequest parse(String uri) {
    if (uri == null || uri.isBlank()) {
      throw new InvalidPaymentUriException("empty payment URI");
    }
    String s = uri.strip();
    if (!s.regionMatches(true, 0, "ethereum:", 0, 9)) {
      throw new InvalidPaymentUriException("a payment URI starts with 'ethereum:'");
    }
    s = s.substring(9);
    if (s.startsWith("pay-")) {
      s = s.substring(4);
    }
    String query = "";
    int q = s.indexOf('?');
    if (q >= 0) {
      query = s.substring(q + 1);
      s = s.substring(0, q);
    }
    String function = null;
    int slash = s.indexOf('/');
    if (slash >= 0) {
      function = s.substring(slash + 1);
      s = s.substring(0, slash);
    }
    OptionalLong chainId = OptionalLong.empty();
    int at = s.indexOf('@');
    if (at >= 0) {
      chainId = OptionalLong.of(chainId(s.substring(at + 1)));
      s = s.substring(0, at);
    }
    Address target = address(s, "target address");
    Map<String, String> params = params(query);
    if (function == null) {
      return ether(target, chainId, params);
    }
    if (!function.equals("transfer")) {
      throw new InvalidPaymentUriException(
          "function '" + function + "' is not supported (only ERC-20 'transfer')");
    }
    return token(target, chainId, params);
  }

  private static PaymentRequest ether(Address to, OptionalLong chainId, Map<String, String> p) {
    for (String key : p.keySet()) {
      if (!key.equals("value") && !FEE_KEYS.contains(key)) {
        throw new InvalidPaymentUriException(
            "parameter '" + key + "' is not supported in an ETH payment");
      }
    }
    return new PaymentRequest.Ether(
        to, chainId, number(p, "value"), gasLimit(p), number(p, "gasPrice"));
  }

  private static PaymentRequest token(Address token, OptionalLong chainId, Map<String, String> p) {
    for (String key : p.keySet()) {
      if (!key.equals("address")
          && !key.equals("uint256")
          && !key.equals("value")
          && !FEE_KEYS.contains(key)) {
        throw new InvalidPaymentUriException(
            "parameter '" + key + "' is not supported in a token transfer");
      }
    }
    if (!p.containsKey("address")) {
      throw new InvalidPaymentUriException(
          "a token transfer needs the 'address' parameter (the recipient)");
    }
    if (number(p, "value").filter(v -> v.signum() != 0).isPresent()) {
      throw new InvalidPaymentUriException(
          "a token transfer must not send ETH ('value' must be 0)");
    }
    return new PaymentRequest.Token(
        token,
        address(p.get("address"), "'address' parameter"),
        chainId,
        number(p, "uint256"),
        gasLimit(p),
        number(p, "gasPrice"));
  }

  /** Builds the URI for {@code request}; amounts use scientific notation when shorter. */
  public static String build(PaymentRequest request) {
    StringBuilder out = new StringBuilder("ethereum:");
    Map<String, String> params = new LinkedHashMap<>();
    if (request instanceof PaymentRequest.Ether e) {
      out.append(e.to());
      e.chainId().ifPresent(c -> out.append('@').append(c));
      e.value().ifPresent(v -> params.put("value", format(v)));
    } else if (request instanceof PaymentRequest.Token t) {
      out.append(t.token());
      t.chainId().ifPresent(c -> out.append('@').append(c));
      out.append("/transfer");
      params.put("address", t.recipient().toString());
      t.amount().ifPresent(v -> params.put("uint256", format(v)));
    }
    request.gasLimit().ifPresent(v -> params.put("gasLimit", v.toString()));
    request.gasPrice().ifPresent(v -> params.put("gasPrice", format(v)));
    String sep = "?";
    for (Map.Entry<String, String> p : params.entrySet()) {
      out.append(sep).append(p.getKey()).append('=').append(p.getValue());
      sep = "&";
    }
    return out.toString();
  }

  /** {@code 1500000000000000000} as {@code 1.5e18}; small or irregular numbers stay plain. */
  static String format(BigInteger v) {
    String plain = v.toString();
    BigDecimal d = new BigDecimal(v).stripTrailingZeros();
    int zeros = -d.scale();
    if (zeros < 3) {
      return plain;
    }
    String digits = d.unscaledValue().toString();
    int exponent = zeros + digits.length() - 1;
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return mantissa + "e" + exponent;
  }

  private static long chainId(String text) {
    if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9') || text.length() > 18) {
      throw new InvalidPaymentUriException(
          "chain id '" + text + "' after '@' is not a positive number");
    }
    long id = Long.parseLong(text);
    if (id == 0) {
      throw new InvalidPaymentUriException("chain id must not be 0");
    }
    return id;
  }

  private static Address address(String text, String what) {
    if (!text.startsWith("0x") && !text.startsWith("0X") && text.contains(".")) {
      throw new InvalidPaymentUriException(
          what + " '" + text + "' looks like an ENS name; ENS is not supported, use an 0x address");
    }
    try {
      return Address.parse(text);
    } catch (InvalidAddressException e) {
      throw new InvalidPaymentUriException(what + ": " + e.getMessage());
    }
  }

  private static Map<String, String> params(String query) {
    Map<String, String> out = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new InvalidPaymentUriException("parameter '" + pair + "' is not key=value");
      }
      String key = pair.substring(0, eq);
      if (out.put(key, pair.substring(eq + 1)) != null) {
        throw new InvalidPaymentUriException("parameter '" + key + "' appears twice");
      }
    }
    return out;
  }

  private static Optional<BigInteger> gasLimit(Map<String, String> p) {
    if (p.containsKey("gas") && p.containsKey("gasLimit")) {
      throw new InvalidPaymentUriException("give 'gas' or 'gasLimit', not both");
    }
    return p.containsKey("gas") ? number(p, "gas") : number(p, "gasLimit");
  }

  /**
   * An EIP-681 number as a whole non-negative integer: {@code 1}, {@code 2.014e18}, {@code 1e3}.
   */
  static Optional<BigInteger> number(Map<String, String> p, String key) {
    String text = p.get(key);
    if (text == null) {
      return Optional.empty();
    }
    if (text.startsWith("-")) {
      throw new InvalidPaymentUriException("parameter '" + key + "' must not be negative");
    }
    Matcher m = NUMBER.matcher(text);
    if (text.isEmpty() || !m.matches() || (m.group(1).isEmpty() && m.group(2) == null)) {
      throw new InvalidPaymentUriException(
          "parameter '" + key + "' = '" + text + "' is not a number (e.g. 1, 2.5e18)");
    }
    String exp = m.group(3);
    int exponent = 0;
    if (exp != null && !exp.isEmpty()) {
      if (exp.length() > 3 || Integer.parseInt(exp) > MAX_EXPONENT) {
        throw new InvalidPaymentUriException(
            "parameter '" + key + "' has an exponent above " + MAX_EXPONENT);
      }
      exponent = Integer.parseInt(exp);
    }
    String whole = m.group(1).isEmpty() ? "0" : m.group(1);
    String fraction = m.group(2) == null ? "" : m.group(2);
    if (fraction.length() > MAX_EXPONENT + 1 || whole.length() > MAX_EXPONENT + 1) {
      throw new InvalidPaymentUriException("parameter '" + key + "' has too many digits");
    }
    BigDecimal value =
        new BigDecimal(whole + (fraction.isEmpty() ? "" : "." + fraction)).movePointRight(exponent);
    BigInteger exact;
    try {
      exact = value.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new InvalidPaymentUriException(
          "parameter '" + key + "' = '" + text + "' is not a whole number of base units (wei)");
    }
    if (exact.compareTo(MAX_UINT256) > 0) {
      throw new InvalidPaymentUriException("parameter '" + key + "' is larger than 2^256-1");
    }
    return Optional.of(exact);
  }
}
