package dev.podcastqa.index.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index files whose checksums an earlier start verified, each with the state it was in then
 * (size, modification time, file key and the checksum in its footer), kept in a small text file in
 * the index folder: a file still in that state is not read whole again. Lucene never rewrites a
 * file it has written, so a file in the same state holds the same bytes unless something wrote it
 * and set its time back, the trust the source cache places in unchanged files too. A file modified
 * less than {@link #SETTLED_NANOS} before it was checked is not kept, so a write in the same tick
 * of the file system's clock is still found (git treats such a file as "racily clean").
 */
final class CheckedFiles {

  /** Logs as the index it opens. */
  private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);

  /** Not a Lucene file name (those start with "_" or "segments"), so Lucene leaves it alone. */
  static final String NAME = "checked-files";

  private static final String HEADER = "podcast-qa checked index files, format 1";

  /** How long before a check a file must have last been modified to be kept as checked. */
  static final long SETTLED_NANOS = 2_000_000_000L;

  private final Map<String, State> states;

  private CheckedFiles(Map<String, State> states) {
    this.states = Map.copyOf(states);
  }

  /** One file's state when its checksum was verified. */
  record State(long size, long modifiedNanos, String fileKey, long checksum) {

    State {
      if (size < 0 || fileKey == null || fileKey.isBlank() || fileKey.contains("\t")) {
        throw new IllegalArgumentException("not a checked file's state: " + fileKey);
      }
    }
  }

  /** None checked: every file is read whole. */
  static CheckedFiles none() {
    return new CheckedFiles(Map.of());
  }

  /** The record in {@code folder}; none when it is missing or cannot be read as one. */
  static CheckedFiles in(Path folder) {
    Path file = folder.resolve(NAME);
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !HEADER.equals(lines.get(0))) {
        return none();
      }
      Map<String, State> states = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", -1);
        states.put(
            f[0],
            new State(
                Long.parseLong(f[1]),
                Long.parseLong(f[2]),
                f[3],
                Long.parseUnsignedLong(f[4], 16)));
      }
      return new CheckedFiles(states);
    } catch (NoSuchFileException e) {
      return none();
    } catch (IOException | RuntimeException e) {
      LOG.info("Ignoring {} ({}); every index file is checked", file, e.toString());
      return none();
    }
  }

  /** Whether {@code name} was checked in exactly the state {@code now}. */
  boolean unchanged(String name, State now) {
    return now.equals(states.get(name));
  }

  /** The files in {@code checked}, modified long enough before {@code checkedAtNanos}. */
  static CheckedFiles settled(Map<String, State> checked, long checkedAtNanos) {
    Map<String, State> kept = new TreeMap<>();
    checked.forEach(
        (name, state) -> {
          if (state.modifiedNanos() < checkedAtNanos - SETTLED_NANOS) {
            kept.put(name, state);
          }
        });
    return new CheckedFiles(kept);
  }

  /**
   * Writes this record to {@code folder} (a new file moved into place) unless it holds what is
   * there already; a failure is logged, as the record only saves time.
   */
  void saveIfChanged(Path folder, CheckedFiles there) {
    if (states.equals(there.states)) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    new TreeMap<>(states)
        .forEach(
            (name, s) ->
                lines.add(
                    String.join(
                        "\t",
                        name,
                        Long.toString(s.size()),
                        Long.toString(s.modifiedNanos()),
                        s.fileKey(),
                        Long.toHexString(s.checksum()))));
    Path temporary = folder.resolve(NAME + ".new");
    try {
      Files.write(temporary, lines, StandardCharsets.UTF_8);
      Files.move(
          temporary,
          folder.resolve(NAME),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn(
          "Cannot write {} ({}); the next start checks every index file", temporary, e.toString());
    }
  }
}
