package dev.podcastqa.ingest.markdown;

import dev.podcastqa.ingest.source.SourceText;
import java.util.List;
import java.util.Set;

/**
 * Where a Markdown page's JSON front matter ends: Hugo writes it as a JSON object opening the file,
 * its {@code {}} and closing {@code }} each alone on a line, the Markdown body under it (Jupiter
 * Broadcasting's episode pages: {@code "title"}, {@code "show_name"}, {@code "date"}, {@code
 * "podcast_duration"}, {@code "podcast_file"} and a Podcasting 2.0 chapters object, then {@code ###
 * Episode Links}). The file is no JSON document, so without this it was refused as invalid JSON.
 */
public final class JsonFrontMatter {

  private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "mdx");
  private static final int MAX_LINES = 2_000;

  private JsonFrontMatter() {}

  /**
   * Whether {@code text} is a Markdown file that opens with JSON front matter, so that a JSON
   * parser failing on it says nothing: it is read as Markdown.
   */
  public static boolean opens(SourceText text) {
    return EXTENSIONS.contains(text.extension()) && end(text.lines()) > 0;
  }

  /**
   * The index of the line closing the JSON front matter (a {@code }} alone at the start of a line,
   * with more text under it), or -1 when {@code lines} open with none.
   */
  static int end(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("{")) {
      return -1;
    }
    for (int i = 1; i < Math.min(lines.size(), MAX_LINES); i++) {
      if (lines.get(i).stripTrailing().equals("}")) {
        boolean bodyBelow = lines.subList(i + 1, lines.size()).stream().anyMatch(l -> !l.isBlank());
        return bodyBelow ? i : -1;
      }
    }
    return -1;
  }
}
