package dev.podcastqa.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The web tests' corpus as real source files: the pages under {@code
 * src/test/resources/web/corpus}, plus a sidecar, written per run, that gives the short episode the
 * audio URL of the test's own audio server.
 */
final class TestCorpus {

  static final Path PAGES = Path.of("src/test/resources/web/corpus");

  private TestCorpus() {}

  /** A temporary folder holding the pages and the short episode's audio sidecar. */
  static Path write(String audioUrl) {
    try {
      Path folder = Files.createTempDirectory("podcastqa-web-corpus");
      try (Stream<Path> files = Files.list(PAGES)) {
        for (Path file : files.toList()) {
          Files.copy(file, folder.resolve(file.getFileName()));
        }
      }
      Files.writeString(folder.resolve("short.json"), "{\"audioUrl\": \"" + audioUrl + "\"}\n");
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
