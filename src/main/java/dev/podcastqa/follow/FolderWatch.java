package dev.podcastqa.follow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tells whether anything in the episodes folder was added, changed or deleted since the last look,
 * by each file's size and modification time (a poll, which works on every file system, network
 * mounts included, unlike change notification).
 */
final class FolderWatch {

  private final Path folder;
  private final Duration every;
  private Map<Path, String> last;
  private long looked = System.nanoTime();

  /**
   * @param every the least time between two looks (zero: each call looks)
   */
  FolderWatch(Path folder, Duration every) {
    this.folder = folder;
    this.every = every;
    this.last = look();
  }

  /**
   * Whether the folder differs from the last look, looking again when {@code now} or when {@code
   * every} has passed since the last look; else false.
   */
  boolean changed(boolean now) {
    long at = System.nanoTime();
    if (!now && at - looked < every.toNanos()) {
      return false;
    }
    looked = at;
    Map<Path, String> seen = look();
    boolean changed = !seen.equals(last);
    last = seen;
    return changed;
  }

  private Map<Path, String> look() {
    Map<Path, String> files = new HashMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.forEach(
          path -> {
            try {
              BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
              if (a.isRegularFile()) {
                files.put(path, a.size() + "@" + a.lastModifiedTime().toMillis());
              }
            } catch (IOException e) {
              // Deleted between the listing and the look: it is simply not there.
            }
          });
    } catch (IOException | UncheckedIOException e) {
      // The folder vanished mid-walk; what was seen counts, and the next look sees the rest.
    }
    return files;
  }
}
