package dev.podcastqa.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The HTML pages shipped in the jar under {@code /web/}, read once when the app is built so a
 * missing page fails at start-up rather than on a request.
 */
record Pages(String chat, String episodes, String episode, String notFound) {

  static Pages load() {
    return new Pages(
        read("index.html"), read("episodes.html"), read("episode.html"), read("not-found.html"));
  }

  private static String read(String name) {
    String path = "/web/" + name;
    try (InputStream in = Pages.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + path, e);
    }
  }
}
