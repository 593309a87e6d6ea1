package io.abacus.app.explorer.address;

import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The filter fields of an address's history as the user typed them, turned into a {@link
 * HistoryFilter} with a specific message for each bad field.
 */
public final class HistoryFilterForm {
  private final ObjectProperty<QueryRecords.Direction> direction =
      new SimpleObjectProperty<>(QueryRecords.Direction.ANY);
  private final StringProperty counterparty = new SimpleStringProperty("");
  private final StringProperty token = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>();
  private final StringProperty minAmount = new SimpleStringProperty("");

  /** A field the user must fix, named by its i18n key. */
  public static final class Invalid extends Exception {
    private final String key;

    Invalid(String key) {
      super(key);
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /**
   * The filter; the minimum amount is in whole units of the native coin with {@code decimals}, or
   * in the token's base units when a token is set (the index does not know token decimals).
   */
  public HistoryFilter toFilter(int decimals) throws Invalid {
    HistoryFilter f = HistoryFilter.none().withDirection(direction.get());
    Address cp = address(counterparty.get(), "explorer.filter.badCounterparty");
    Address tk = address(token.get(), "explorer.filter.badToken");
    f = f.withCounterparty(cp).withToken(tk);
    LocalDate from = fromDate.get();
    LocalDate to = toDate.get();
    if (from != null && to != null && from.isAfter(to)) {
      throw new Invalid("explorer.filter.badDates");
    }
    f =
        f.withTimes(
            from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
            to == null
                ? null
                : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1));
    String min = minAmount.get() == null ? "" : minAmount.get().strip();
    if (!min.isEmpty()) {
      try {
        BigDecimal d = new BigDecimal(min);
        BigInteger v = (tk == null ? d.movePointRight(decimals) : d).toBigIntegerExact();
        if (v.signum() < 0) {
          throw new Invalid("explorer.filter.badMin");
        }
        f = f.withMinValue(v);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new Invalid("explorer.filter.badMin");
      }
    }
    return f;
  }

  private static Address address(String text, String key) throws Invalid {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      return Address.parse(s);
    } catch (InvalidAddressException e) {
      throw new Invalid(key);
    }
  }

  public void clear() {
    direction.set(QueryRecords.Direction.ANY);
    counterparty.set("");
    token.set("");
    fromDate.set(null);
    toDate.set(null);
    minAmount.set("");
  }

  public ObjectProperty<QueryRecords.Direction> directionProperty() {
    return direction;
  }

  public StringProperty counterpartyProperty() {
    return counterparty;
  }

  public StringProperty tokenProperty() {
    return token;
  }

  public ObjectProperty<LocalDate> fromDateProperty() {
    return fromDate;
  }

  public ObjectProperty<LocalDate> toDateProperty() {
    return toDate;
  }

  public StringProperty minAmountProperty() {
    return minAmount;
  }
}
