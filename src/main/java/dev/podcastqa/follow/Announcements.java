package dev.podcastqa.follow;

import dev.podcastqa.episode.Episode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces each episode once, ever: the ids already announced (or there before announcing began)
 * are kept in a file beside the index, one a line, written before the announcement goes out, so a
 * restart never announces an episode again. The first time, every episode in the catalog is
 * recorded and none announced; so are the items of a feed's first copy (its back catalogue).
 */
final class Announcements {

  private static final Logger LOG = LoggerFactory.getLogger(Announcements.class);

  private final Path file;
  private final Announcer announcer;
  private Set<String> known;

  Announcements(Path file, Announcer announcer) {
    this.file = file;
    this.announcer = announcer;
  }

  /**
   * Announces every episode of {@code catalog} not announced before, but for those {@code
   * backCatalogue} says came with a feed's first copy, which are recorded only.
   */
  void catchUp(List<Episode> catalog, Predicate<Episode> backCatalogue) {
    if (!announcer.enabled()) {
      return;
    }
    if (known == null && !Files.exists(file)) {
      known = new HashSet<>();
      record(catalog.stream().map(Episode::id).toList());
      return;
    }
    if (known == null) {
      known = new HashSet<>(read());
    }
    for (Episode episode : catalog) {
      if (known.contains(episode.id())) {
        continue;
      }
      record(List.of(episode.id()));
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

  private List<String> read() {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Appends {@code ids} and forces them to disk before anything is posted. */
  private void record(List<String> ids) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      StringBuilder lines = new StringBuilder();
      ids.forEach(id -> lines.append(id).append('\n'));
      Files.writeString(
          file,
          lines,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
      known.addAll(ids);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
