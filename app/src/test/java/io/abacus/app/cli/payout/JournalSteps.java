package io.abacus.app.cli.payout;

import io.abacus.wallet.payout.PayoutJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * The steps a payout journal has taken, as {@link PayoutKillTest} polls them every few milliseconds
 * while a child process runs: the journal is parsed again only when its file changed (file, size or
 * modification time), so a poll costs a {@code stat} instead of a JSON parse while the child waits
 * for blocks. A file modified less than {@link #SETTLE_MILLIS} before it was read is parsed again
 * on every poll, since a second write within the same clock tick can leave the same modification
 * time and size.
 */
final class JournalSteps {
  /** Longer than the file system's timestamp tick (a jiffy, at most 10 ms). */
  static final long SETTLE_MILLIS = 50;

  private final Path journal;
  private final ToLongFunction<PayoutJournal> count;
  private List<Object> parsedStamp;
  private long steps;

  JournalSteps(Path journal, ToLongFunction<PayoutJournal> count) {
    this.journal = journal;
    this.count = count;
  }

  /** The steps now: the last count if the file did not change since, else a fresh one. */
  long now() {
    BasicFileAttributes attributes;
    long statAt = System.currentTimeMillis();
    try {
      attributes = Files.readAttributes(journal, BasicFileAttributes.class);
    } catch (IOException absent) {
      return steps; // not written yet (or being replaced at this instant): ask again next poll
    }
    List<Object> stamp =
        List.of(
            Objects.toString(attributes.fileKey()),
            attributes.size(),
            attributes.lastModifiedTime().toMillis());
    if (stamp.equals(parsedStamp)) {
      return steps;
    }
    try {
      steps = PayoutJournal.open(journal).map(count::applyAsLong).orElse(0L);
    } catch (RuntimeException | IOException busy) {
      return steps; // being written at this instant: read it again on the next poll
    }
    boolean settled = statAt - attributes.lastModifiedTime().toMillis() >= SETTLE_MILLIS;
    parsedStamp = settled ? stamp : null;
    return steps;
  }
}
