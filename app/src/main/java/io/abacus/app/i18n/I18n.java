package io.abacus.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible strings of one language, from the {@code abacus/i18n/messages} bundles. */
public final class I18n {
  public static final String BUNDLE = "abacus.i18n.messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  public I18n(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(BUNDLE, locale, I18n.class.getClassLoader(), NO_FALLBACK);
  }

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public Locale locale() {
    return locale;
  }

  /** The text for {@code key}; a missing key shows as {@code !key!} so it is easy to spot. */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
  }

  /** The text for {@code key} with {@link MessageFormat} arguments filled in. */
  public String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }
}
