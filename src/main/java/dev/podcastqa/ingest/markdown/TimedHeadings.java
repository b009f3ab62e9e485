package dev.podcastqa.ingest.markdown;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.ingest.source.Durations;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of a Markdown document that carry a time ({@code ## [00:00:12] Polymath Overview},
 * {@code ## 00:12:14 Title}, {@code ## Title [00:12:14]}, {@code ## Title (12:14)}), read as
 * chapters, and the body without them (those lines left blank, line numbers kept). Whether they are
 * chapters is for the reader of the body to decide: a file whose only timed lines are such headings
 * ({@code ### [00:00:24] Kyle} over each turn) uses them as speaker heads instead.
 *
 * @param body the plain body with every timed heading line left blank
 * @param chapters the timed headings as chapters, in the document's order
 */
public record TimedHeadings(SourceText body, List<Chapter> chapters) {

  private static final String CLOCK = "(?<c>(?:\\d{1,2}:)?\\d{1,2}:\\d{2})";
  private static final String SEPARATOR = "(?:[-\u2013\u2014:|]\\s*)?";
  private static final Pattern TIME_FIRST =
      Pattern.compile(
          "^(?:\\[\\s*"
              + CLOCK
              + "\\s*]|\\(\\s*"
              + CLOCK.replace("<c>", "<p>")
              + "\\s*\\)|"
              + CLOCK.replace("<c>", "<b>")
              + ")\\s+"
              + SEPARATOR
              + "(?<title>\\S.*)$");
  private static final Pattern TIME_LAST =
      Pattern.compile(
          "^(?<title>.*?\\S)\\s*"
              + SEPARATOR
              + "(?:\\[\\s*"
              + CLOCK
              + "\\s*]|\\(\\s*"
              + CLOCK.replace("<c>", "<p>")
              + "\\s*\\))$");

  public TimedHeadings {
    chapters = List.copyOf(chapters);
  }

  /**
   * The timed headings of a document whose Markdown lines are {@code raw} and whose plain body,
   * line for line, is {@code body}.
   */
  static TimedHeadings of(SourceText body, List<String> raw) {
    List<String> lines = new ArrayList<>(body.lines());
    List<Chapter> chapters = new ArrayList<>();
    for (int i = 0; i < raw.size() && i < lines.size(); i++) {
      Optional<Chapter> chapter = chapter(raw.get(i));
      if (chapter.isPresent()) {
        chapters.add(chapter.get());
        lines.set(i, "");
      }
    }
    if (chapters.isEmpty()) {
      return new TimedHeadings(body, List.of());
    }
    return new TimedHeadings(
        new SourceText(body.location(), body.name(), String.join("\n", lines)), chapters);
  }

  /** The chapter a heading line names with its time and title, or empty for any other line. */
  static Optional<Chapter> chapter(String line) {
    if (!MarkdownText.isHeading(line)) {
      return Optional.empty();
    }
    String text = MarkdownText.plain(line);
    Matcher first = TIME_FIRST.matcher(text);
    if (first.matches()) {
      return chapter(first, firstOf(first.group("c"), first.group("p"), first.group("b")));
    }
    Matcher last = TIME_LAST.matcher(text);
    if (last.matches()) {
      return chapter(last, firstOf(last.group("c"), last.group("p")));
    }
    return Optional.empty();
  }

  private static Optional<Chapter> chapter(Matcher m, String clock) {
    OptionalInt seconds = Durations.parse(clock);
    String title = m.group("title").strip();
    if (seconds.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Chapter(seconds.getAsInt(), title));
  }

  private static String firstOf(String... clocks) {
    for (String clock : clocks) {
      if (clock != null) {
        return clock;
      }
    }
    return "";
  }
}
