package io.abacus.app.desktop;

import io.abacus.app.settings.Language;
import io.abacus.app.settings.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the first frame needs from the settings (a dark window should not open light, a Chinese one
 * not in English, and the test-money banner should not push the sidebar down when the shell comes),
 * read from {@code settings.json} with a few patterns instead of loading the settings: those are
 * read in full later by {@code SettingsStore}.
 *
 * @param testMoney whether the selected network's money is test money (the shell then shows its
 *     banner above the sidebar); the Sandbox, selected on first start, is
 */
record FirstLook(Theme theme, Language language, boolean testMoney) {
  private static final Pattern DARK = Pattern.compile("\"theme\"\\s*:\\s*\"DARK\"");
  private static final Pattern LANGUAGE = Pattern.compile("\"language\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern SELECTED =
      Pattern.compile("\"selectedNetworkId\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern TEST_MONEY = Pattern.compile("\"testMoney\"\\s*:\\s*(true|false)");

  /** The look for {@code dataDirectory}'s settings; first-start defaults for {@code system}. */
  static FirstLook of(Path dataDirectory, Locale system) {
    String json;
    try {
      json = Files.readString(dataDirectory.resolve("settings.json"));
    } catch (NoSuchFileException firstStart) {
      return new FirstLook(Theme.LIGHT, Language.forLocale(system), true);
    } catch (IOException | RuntimeException e) {
      return new FirstLook(Theme.LIGHT, Language.forLocale(system), false);
    }
    return new FirstLook(
        DARK.matcher(json).find() ? Theme.DARK : Theme.LIGHT, language(json), testMoney(json));
  }

  private static Language language(String json) {
    Matcher m = LANGUAGE.matcher(json);
    return Language.forTag(m.find() ? m.group(1) : "en");
  }

  /**
   * The {@code testMoney} that follows the selected network's {@code id} (the settings write each
   * network's id first and testMoney last); without one, the Sandbox the settings then select.
   */
  private static boolean testMoney(String json) {
    Matcher selected = SELECTED.matcher(json);
    if (!selected.find()) {
      return true;
    }
    Matcher id =
        Pattern.compile("\"id\"\\s*:\\s*\"" + Pattern.quote(selected.group(1)) + "\"")
            .matcher(json);
    if (!id.find()) {
      return true;
    }
    Matcher flag = TEST_MONEY.matcher(json);
    return !flag.find(id.end()) || Boolean.parseBoolean(flag.group(1));
  }
}
