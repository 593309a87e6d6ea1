package io.abacus.app.explorer;

import io.abacus.app.ui.AmountText;
import io.abacus.explorer.query.QueryRecords;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the explorer shows amounts, times and long hex: exact, UTC, shortened only for display. */
public final class Formats {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private Formats() {}

  /**
   * {@code wei} in whole units of a currency with {@code decimals}, exact, no trailing zeros, the
   * whole part grouped in thousands as the wallet writes amounts ("36,000,000", "1,049.6").
   */
  public static String units(BigInteger wei, int decimals) {
    if (wei == null) {
      return "";
    }
    return AmountText.grouped(wei, decimals);
  }

  /**
   * An ERC-20 amount in the token's units with its symbol ({@code 25.5 TUSD}); in base units marked
   * as such when the index does not know the token's decimals.
   */
  public static String tokenAmount(QueryRecords.TokenInfo token, BigInteger raw) {
    if (token != null && token.known()) {
      return units(raw, token.decimals()) + " " + token.symbol();
    }
    return raw + " units";
  }

  /** What a token transfer moved: units and symbol, or {@code #id} for NFTs. */
  public static String transferAmount(QueryRecords.TokenTransfer x) {
    if (x.tokenId() != null) {
      return x.standard() == 721 ? "#" + x.tokenId() : "#" + x.tokenId() + " × " + x.value();
    }
    return tokenAmount(x.info(), x.value());
  }

  public static String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  /** {@code 0x1234…abcd}; the full text stays in tooltips, links and copies. */
  public static String shortHex(String hex) {
    if (hex == null) {
      return "";
    }
    return hex.length() <= 14 ? hex : hex.substring(0, 8) + "…" + hex.substring(hex.length() - 6);
  }
}
