package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads files under {@code src/test/resources} the way the readers receive them. */
public final class Fixture {

  private Fixture() {}

  /** The exact bytes of the fixture at {@code path} (relative to the resources root). */
  public static byte[] bytes(String path) {
    try (InputStream in = Fixture.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture as UTF-8 text, located at {@code path} so problems name it. */
  public static SourceText text(String path) {
    return SourceText.of(path, new String(bytes(path), StandardCharsets.UTF_8));
  }
}
