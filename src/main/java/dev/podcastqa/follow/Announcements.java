package dev.podcastqa.follow;

import dev.podcastqa.episode.Episode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces each episode once, ever, whichever process or restart finds it: the ids already
 * announced (or there before announcing began) are kept in a file beside the index, one a line. An
 * id is claimed under an exclusive lock on that file (read it, keep the ids not in it, append them,
 * force them to disk, release), so of two processes on one folder only one claims it, and the claim
 * is on disk before the announcement goes out, so a restart never announces it again. The first
 * time, every episode in the catalog is recorded and none announced; so are the items of a feed's
 * first copy (its back catalogue).
 */
final class Announcements {

  private static final Logger LOG = LoggerFactory.getLogger(Announcements.class);

  /** How long a claim waits for another claim on the file (each takes milliseconds). */
  static final Duration LOCK_WAIT = Duration.ofSeconds(10);

  private static final long LOCK_RETRY_MILLIS = 5;

  private final Path file;
  private final Announcer announcer;

  Announcements(Path file, Announcer announcer) {
    this.file = file;
    this.announcer = announcer;
  }

  /**
   * Announces every episode of {@code catalog} no process announced before, but for those {@code
   * backCatalogue} says came with a feed's first copy, which are recorded only.
   *
   * @throws IllegalStateException when another claim holds the file past {@link #LOCK_WAIT};
   *     nothing is claimed, and the next call tries again
   */
  void catchUp(List<Episode> catalog, Predicate<Episode> backCatalogue) {
    if (!announcer.enabled()) {
      return;
    }
    for (Episode episode : claim(catalog)) {
      if (backCatalogue.test(episode)) {
        continue;
      }
      try {
        announcer.announce(episode);
        LOG.info("Announced {}", episode.id());
      } catch (RuntimeException e) {
        LOG.warn("Could not announce {} (it is not tried again): {}", episode.id(), e.getMessage());
      }
    }
  }

  /**
   * Records, under the file's lock, the episodes of {@code catalog} not recorded yet, and returns
   * them; none when the file is new (the catalog there before announcing began).
   */
  private List<Episode> claim(List<Episode> catalog) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      boolean existed = Files.exists(file);
      try (FileChannel channel =
              FileChannel.open(
                  file,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE);
          FileLock lock = lock(channel)) {
        String recorded = read(channel);
        Set<String> known = new HashSet<>(recorded.lines().map(String::strip).toList());
        List<Episode> fresh = catalog.stream().filter(e -> !known.contains(e.id())).toList();
        if (!fresh.isEmpty()) {
          StringBuilder lines = new StringBuilder();
          if (!recorded.isEmpty() && !recorded.endsWith("\n")) {
            lines.append('\n');
          }
          fresh.forEach(e -> lines.append(e.id()).append('\n'));
          ByteBuffer bytes = StandardCharsets.UTF_8.encode(lines.toString());
          long at = channel.size();
          while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
          }
          channel.force(false);
        }
        // Another process may have created the file meanwhile: then it recorded its catalog.
        return existed || !recorded.isEmpty() ? fresh : List.of();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record announcements in " + file, e);
    }
  }

  /**
   * The file's exclusive lock, waiting at most {@link #LOCK_WAIT} for another process's claim, or
   * another service's in this JVM (which the JVM reports as an overlapping lock, not a wait).
   */
  private FileLock lock(FileChannel channel) throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
    while (true) {
      try {
        FileLock lock = channel.tryLock();
        if (lock != null) {
          return lock;
        }
      } catch (OverlappingFileLockException e) {
        // Held by another channel of this JVM: wait as for another process.
      }
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException(
            "Another claim held " + file + " for over " + LOCK_WAIT.toSeconds() + " s");
      }
      try {
        Thread.sleep(LOCK_RETRY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + file, e);
      }
    }
  }

  private static String read(FileChannel channel) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(channel.size()));
    long at = 0;
    while (bytes.hasRemaining()) {
      int read = channel.read(bytes, at);
      if (read < 0) {
        break;
      }
      at += read;
    }
    bytes.flip();
    return StandardCharsets.UTF_8.decode(bytes).toString();
  }
}
