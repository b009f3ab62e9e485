package dev.podcastqa.ingest.markdown;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.ingest.source.Durations;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section headings of a Markdown document that carry no time ({@code ## Stages of life}, level
 * two and deeper; timed ones are {@link TimedHeadings}), by the body line they stand on. In a timed
 * transcript they head its sections, as lexfridman.com's and AXRP's transcripts write them between
 * the turns: left in the body, a heading's words were read as the end of the turn above it
 * ("Pleasure to be here, Daniel. How to stage a coup without AI"). Each is a chapter at the first
 * time written under it, before the next heading ({@code Joscha Bach (00:01:15)}, {@code Daniel
 * Filan (00:00:35):}, {@code Sjors: 00:00:00}).
 *
 * @param lines the body line index of each heading, in order
 * @param titles the title of each heading, in the same order
 */
public record SectionHeadings(List<Integer> lines, List<String> titles) {

  private static final Pattern CLOCK =
      Pattern.compile("(?<![\\d:.])((?:\\d{1,2}:)?\\d{1,2}:\\d{2})(?:[.,]\\d+)?(?![\\d:])");

  public SectionHeadings {
    lines = List.copyOf(lines);
    titles = List.copyOf(titles);
    if (lines.size() != titles.size()) {
      throw new IllegalArgumentException("one title per heading line");
    }
  }

  /** The untimed section headings among the Markdown lines {@code raw}. */
  static SectionHeadings of(List<String> raw) {
    List<Integer> lines = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      if (MarkdownText.isHeading(line)
          && !MarkdownText.isTitleHeading(line)
          && TimedHeadings.chapter(line).isEmpty()) {
        String title = MarkdownText.plain(line).strip();
        if (!title.isEmpty()) {
          lines.add(i);
          titles.add(title);
        }
      }
    }
    return new SectionHeadings(lines, titles);
  }

  /** {@code body} with every heading line left blank (line numbers kept). */
  public SourceText blankedIn(SourceText body) {
    if (lines.isEmpty()) {
      return body;
    }
    List<String> text = new ArrayList<>(body.lines());
    lines.stream().filter(i -> i < text.size()).forEach(i -> text.set(i, ""));
    return new SourceText(body.location(), body.name(), String.join("\n", text));
  }

  /**
   * The headings as chapters of the transcript {@code body}: each at the first time written on the
   * lines under it, before the next heading; a heading with no time under it, or one whose time
   * goes back before the chapter above, is none.
   */
  public List<Chapter> chapters(SourceText body) {
    List<String> text = body.lines();
    List<Chapter> chapters = new ArrayList<>();
    for (int h = 0; h < lines.size(); h++) {
      int until = h + 1 < lines.size() ? lines.get(h + 1) : text.size();
      OptionalInt seconds = firstTime(text, lines.get(h) + 1, Math.min(until, text.size()));
      int previous = chapters.isEmpty() ? 0 : chapters.get(chapters.size() - 1).startSeconds();
      if (seconds.isPresent() && seconds.getAsInt() >= previous) {
        chapters.add(new Chapter(seconds.getAsInt(), titles.get(h)));
      }
    }
    return chapters;
  }

  private static OptionalInt firstTime(List<String> text, int from, int until) {
    for (int i = from; i < until; i++) {
      Matcher m = CLOCK.matcher(text.get(i));
      if (m.find()) {
        return Durations.parse(m.group(1));
      }
    }
    return OptionalInt.empty();
  }
}
