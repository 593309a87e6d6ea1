package io.abacus.app.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible strings of one language. They live in several bundles under {@code
 * resources/i18n} (one per area of the app, so parallel work does not collide); a key is looked up
 * in each bundle in turn.
 */
public final class I18n {
  /** The bundles, by base name; each has an English file and a {@code _zh_CN} file. */
  public static final List<String> BUNDLES =
      List.of(
          "abacus.i18n.messages",
          "abacus.i18n.wallet",
          "abacus.i18n.payments",
          "abacus.i18n.explorer",
          "abacus.i18n.sandbox",
          "abacus.i18n.statements");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final List<ResourceBundle> bundles = new ArrayList<>();

  public I18n(Locale locale) {
    this.locale = locale;
    for (String name : BUNDLES) {
      try {
        bundles.add(
            ResourceBundle.getBundle(name, locale, I18n.class.getClassLoader(), NO_FALLBACK));
      } catch (MissingResourceException notYetWritten) {
        // An area with no strings yet.
      }
    }
  }

  public Locale locale() {
    return locale;
  }

  /** The text for {@code key}; a missing key shows as {@code !key!} so it is easy to spot. */
  public String get(String key) {
    for (ResourceBundle b : bundles) {
      if (b.containsKey(key)) {
        return b.getString(key);
      }
    }
    return "!" + key + "!";
  }

  /** True if some bundle defines {@code key}. */
  public boolean has(String key) {
    return bundles.stream().anyMatch(b -> b.containsKey(key));
  }

  /** The text for {@code key} with {@link MessageFormat} arguments filled in. */
  public String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }
}
