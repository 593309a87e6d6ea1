package io.abacus.app.settings;

import java.util.Locale;

/** The languages Abacus is translated into. */
public enum Language {
  ENGLISH("en", Locale.ENGLISH, "English"),
  SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE, "简体中文");

  private final String tag;
  private final Locale locale;
  private final String nativeName;

  Language(String tag, Locale locale, String nativeName) {
    this.tag = tag;
    this.locale = locale;
    this.nativeName = nativeName;
  }

  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  /** The language's name in itself, as a language picker shows it. */
  public String nativeName() {
    return nativeName;
  }

  /** The language whose tag is {@code tag} (any case), else English. */
  public static Language forTag(String tag) {
    for (Language l : values()) {
      if (l.tag.equalsIgnoreCase(tag)) {
        return l;
      }
    }
    return ENGLISH;
  }

  /** The best match for a locale: Chinese (any script in mainland form) or English. */
  public static Language forLocale(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
  }
}
