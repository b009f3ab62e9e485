package dev.podcastqa.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;

/**
 * The process that holds a lock on a file, as Linux lists it in {@code /proc/locks}, so a message
 * about a locked index can name the process to stop. Elsewhere, or when the lock is not listed, it
 * is unknown.
 */
final class LockHolder {

  private static final Path LOCKS = Path.of("/proc/locks");

  private LockHolder() {}

  /**
   * {@code " (pid N)"} naming the other process that holds the write lock of the index in {@code
   * folder}, when the system says which; else {@code unknown}.
   */
  static String named(Path folder, String unknown) {
    OptionalLong pid = pid(folder.resolve(IndexWriter.WRITE_LOCK_NAME));
    return pid.isPresent() && pid.getAsLong() != ProcessHandle.current().pid()
        ? " (pid " + pid.getAsLong() + ")"
        : unknown;
  }

  /** The id of the process holding a lock on {@code file}, when the system says. */
  static OptionalLong pid(Path file) {
    try {
      String inode = ":" + Files.getAttribute(file, "unix:ino");
      try (Stream<String> lines = Files.lines(LOCKS)) {
        // "19: POSIX  ADVISORY  WRITE 572 fe:00:4261851 0 EOF"; a waiting lock has "->" after
        // "19:".
        return lines
            .map(line -> line.strip().split("\\s+"))
            .filter(f -> f.length > 5 && !f[1].equals("->") && f[5].endsWith(inode))
            .mapToLong(f -> parsePid(f[4]))
            .filter(pid -> pid > 0)
            .findFirst();
      }
    } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
      return OptionalLong.empty();
    }
  }

  private static long parsePid(String field) {
    try {
      return Long.parseLong(field);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
