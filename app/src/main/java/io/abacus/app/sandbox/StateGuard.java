package io.abacus.app.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.abacus.wallet.storage.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks anvil's state file before a start. anvil rewrites it in place, so a crash mid-write can
 * leave it truncated, and a hand-edited or foreign file may lack what anvil needs: either way anvil
 * would refuse to start. Such a file is moved aside and the last state that loaded fine is
 * restored. A state becomes the last good one only after anvil has loaded it. Nothing is deleted.
 */
final class StateGuard {
  private static final JsonFactory JSON = new JsonFactory();
  private final SandboxFiles files;
  private final Clock clock;

  StateGuard(SandboxFiles files, Clock clock) {
    this.files = files;
    this.clock = clock;
  }

  /**
   * Makes {@code state.json} loadable (or absent) and remembers what anvil is about to load;
   * returns notes for the user about repairs.
   */
  List<String> prepare() throws IOException {
    List<String> notes = new ArrayList<>();
    Path state = files.state();
    Files.deleteIfExists(files.stateLoading());
    if (!Files.exists(state)) {
      return notes;
    }
    // anvil rewrites the file in place, keeping these permissions.
    PrivateFiles.restrictIfExists(state);
    if (hasAnvilShape(state)) {
      copyOwnerOnly(state, files.stateLoading());
      return notes;
    }
    Path aside = moveAside(state, "unreadable");
    if (restoreLastGood()) {
      copyOwnerOnly(state, files.stateLoading());
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

  /** anvil started with the state {@link #prepare()} saw: it is now the last good state. */
  void loaded() throws IOException {
    if (Files.exists(files.stateLoading())) {
      Files.move(files.stateLoading(), files.stateBackup(), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** When the last good state was saved, if there is one anvil could load. */
  Optional<Instant> lastGood() throws IOException {
    Path good = files.stateBackup();
    if (!Files.exists(good) || !hasAnvilShape(good)) {
      return Optional.empty();
    }
    return Optional.of(Files.getLastModifiedTime(good).toInstant());
  }

  /**
   * Puts the last good state in place of the current one, which is moved aside; returns a note.
   *
   * @throws SandboxException if there is no last good state
   */
  String useLastGood() throws IOException {
    if (lastGood().isEmpty()) {
      throw new SandboxException("there is no last good Sandbox state to start from");
    }
    if (!Files.exists(files.state())) {
      restoreLastGood();
      return "started from the last good Sandbox state";
    }
    Path aside = moveAside(files.state(), "failed");
    restoreLastGood();
    return "started from the last good Sandbox state; the one that failed is kept as "
        + aside.getFileName();
  }

  /**
   * {@code failure} of a start with a state file, as a {@link SandboxStateException} when anvil's
   * output says the state was the problem (so the last good state can be offered).
   */
  SandboxException explain(SandboxException failure) throws IOException {
    String log;
    try {
      log = Files.readString(files.log());
    } catch (IOException unreadable) {
      return failure;
    }
    if (!log.toLowerCase(Locale.ROOT).contains("state")) {
      return failure;
    }
    return new SandboxStateException(String.valueOf(failure.getMessage()), lastGood(), failure);
  }

  private boolean restoreLastGood() throws IOException {
    Path good = files.stateBackup();
    if (Files.exists(good) && hasAnvilShape(good)) {
      copyOwnerOnly(good, files.state());
      return true;
    }
    return false;
  }

  private static void copyOwnerOnly(Path from, Path to) throws IOException {
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    PrivateFiles.restrictIfExists(to);
  }

  private Path moveAside(Path state, String why) throws IOException {
    Path aside = state.resolveSibling("state." + why + "-" + clock.millis() + ".json");
    Files.move(state, aside);
    return aside;
  }

  /**
   * True if {@code file} is one complete JSON object with the fields anvil's {@code --state} loader
   * requires: {@code block} (an object or null), {@code accounts} (an object) and {@code
   * best_block_number}; {@code blocks} and {@code transactions}, when present, are arrays.
   */
  static boolean hasAnvilShape(Path file) {
    try (JsonParser p = JSON.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean block = false;
      boolean accounts = false;
      boolean bestBlock = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case "block" -> block = value == JsonToken.START_OBJECT || value == JsonToken.VALUE_NULL;
          case "accounts" -> accounts = value == JsonToken.START_OBJECT;
          case "best_block_number" -> bestBlock = value.isNumeric() || isNullOrText(value);
          case "blocks", "transactions" -> {
            if (value != JsonToken.START_ARRAY && value != JsonToken.VALUE_NULL) {
              return false;
            }
          }
          default -> {
            // Other fields (historical_states, newer additions) are anvil's business.
          }
        }
        p.skipChildren();
      }
      return p.currentToken() == JsonToken.END_OBJECT
          && p.nextToken() == null
          && block
          && accounts
          && bestBlock;
    } catch (IOException unreadable) {
      return false;
    }
  }

  private static boolean isNullOrText(JsonToken value) {
    return value == JsonToken.VALUE_NULL || value == JsonToken.VALUE_STRING;
  }
}
