package io.abacus.app.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks anvil's state file before a start. anvil rewrites it in place, so a crash mid-write can
 * leave it truncated and anvil would refuse to start: then the unreadable file is moved aside and
 * the last state that loaded fine is restored. Nothing is deleted.
 */
final class StateGuard {
  private static final JsonFactory JSON = new JsonFactory();
  private final SandboxFiles files;
  private final Clock clock;

  StateGuard(SandboxFiles files, Clock clock) {
    this.files = files;
    this.clock = clock;
  }

  /** Makes {@code state.json} loadable (or absent); returns notes for the user about repairs. */
  List<String> prepare() throws IOException {
    List<String> notes = new ArrayList<>();
    Path state = files.state();
    if (!Files.exists(state)) {
      return notes;
    }
    if (isCompleteJson(state)) {
      Files.copy(state, files.stateBackup(), StandardCopyOption.REPLACE_EXISTING);
      return notes;
    }
    Path aside = state.resolveSibling("state.unreadable-" + clock.millis() + ".json");
    Files.move(state, aside);
    if (Files.exists(files.stateBackup()) && isCompleteJson(files.stateBackup())) {
      Files.copy(files.stateBackup(), state);
      notes.add(
          "the Sandbox state was unreadable (moved to "
              + aside.getFileName()
              + "); restored the state of the previous start");
    } else {
      notes.add(
          "the Sandbox state was unreadable (moved to "
              + aside.getFileName()
              + "); starting a fresh test chain");
    }
    return notes;
  }

  static boolean isCompleteJson(Path file) {
    try (JsonParser p = JSON.createParser(file.toFile())) {
      if (p.nextToken() == null) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException unreadable) {
      return false;
    }
  }
}
