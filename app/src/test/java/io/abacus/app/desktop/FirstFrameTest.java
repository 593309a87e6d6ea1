package io.abacus.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.abacus.app.settings.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstFrameTest {
  @TempDir Path data;

  @Test
  void aFreshDataFolderOpensLight() {
    assertEquals(Theme.LIGHT, FirstFrame.themeIn(data));
  }

  @Test
  void darkSettingsOpenDarkBeforeTheSettingsAreLoaded() throws Exception {
    Files.writeString(
        data.resolve("settings.json"), "{\n  \"version\" : 3,\n  \"theme\" : \"DARK\"\n}");
    assertEquals(Theme.DARK, FirstFrame.themeIn(data));
  }

  @Test
  void lightOrDamagedSettingsOpenLight() throws Exception {
    Files.writeString(data.resolve("settings.json"), "{\"theme\":\"LIGHT\"}");
    assertEquals(Theme.LIGHT, FirstFrame.themeIn(data));
    Files.writeString(data.resolve("settings.json"), "{\"theme\":");
    assertEquals(Theme.LIGHT, FirstFrame.themeIn(data));
  }
}
