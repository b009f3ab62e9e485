package dev.podcastqa.ingest.page;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the shipped sample pages and the test fixtures, and reads them the way ingest does. */
final class Pages {

  static final String METADATA = "000_ce328e730f063d88.txt";
  static final String YOUTUBE = "001_768cae0e84d8022e.txt";
  static final String APPLE = "002_1d8b16883cc27682.txt";
  static final String SNIPD = "003_45b642c1e278ae7a.txt";
  static final String SITE = "004_377b72fbad506003.txt";

  /** The shipped corpus; tests run with the project root as working directory. */
  private static final Path SAMPLES = Path.of("data", "episodes");

  private Pages() {}

  static Draft sample(String fileName) {
    return new PageReader().read(sampleText(fileName));
  }

  static SourceText sampleText(String fileName) {
    Path path = SAMPLES.resolve(fileName);
    return SourceText.of(path.toString(), read(path));
  }

  static Draft fixture(String name) {
    return new PageReader().read(fixtureText(name));
  }

  static SourceText fixtureText(String name) {
    URL url = Pages.class.getResource("/pages/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      Path path = Path.of(url.toURI());
      return SourceText.of("src/test/resources/pages/" + name, read(path));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything a citation could quote: the description paragraphs and every chapter's notes. */
  static String answerableText(Draft draft) {
    List<String> parts = new ArrayList<>(draft.description());
    draft.chapters().stream().map(Chapter::notes).forEach(parts::add);
    return String.join("\n", parts);
  }

  static String format(Draft draft) {
    return draft.sources().get(0).format();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
