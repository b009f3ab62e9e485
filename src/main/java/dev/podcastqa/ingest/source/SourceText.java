package dev.podcastqa.ingest.source;

import java.util.List;
import java.util.Locale;

/**
 * The text of one source, ready for a parser: byte-order mark removed and line endings normalized
 * to {@code \n}, so that line numbers match what an editor shows.
 *
 * @param location the file path or URL, as problems should name it
 * @param name the file name (last path or URL segment), used for its extension only
 * @param content the normalized text
 */
public record SourceText(String location, String name, String content) {

  public SourceText {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("source text has no location");
    }
    name = name == null ? "" : name;
    content = normalize(content == null ? "" : content);
  }

  public static SourceText of(String location, String content) {
    String name = location.replaceAll("[?#].*$", "").replaceAll("^.*[/\\\\]", "");
    return new SourceText(location, name, content);
  }

  /** The lower-case extension of {@link #name}, without the dot; empty when there is none. */
  public String extension() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The lines of {@link #content}; element {@code i} is line {@code i + 1}. */
  public List<String> lines() {
    return List.of(content.split("\n", -1));
  }

  /**
   * The index in {@code lines} of its first line that is not blank, or {@code lines.size()} when
   * every line is: where a reader that recognizes a format by its opening lines starts looking.
   */
  public static int firstFilled(List<String> lines) {
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    return first;
  }

  private static String normalize(String text) {
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
  }
}
