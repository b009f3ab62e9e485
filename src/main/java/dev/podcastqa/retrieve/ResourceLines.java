package dev.podcastqa.retrieve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lines of a word list kept as a class-path resource (the words and phrases the retrieval and
 * answer steps look for live in such files, not in Java strings): stripped, without blank lines and
 * {@code #} comments. A missing list stops start-up with its name.
 */
public final class ResourceLines {

  private ResourceLines() {}

  /**
   * @param resource an absolute class-path name, e.g. {@code /answer/follow-up-words.txt}
   */
  public static List<String> of(String resource) {
    try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
