package dev.podcastqa.ingest.page;

import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A saved page as numbered lines, cut where the page stops describing the episode.
 *
 * <p>{@link #lines()} ends before a listing of other podcasts ("Top Podcasts In Technology"), so no
 * shape ever reads that listing as content.
 */
record Page(String location, List<PageLine> lines) {

  Page {
    lines = List.copyOf(lines);
  }

  static Page of(SourceText text) {
    List<PageLine> lines = new ArrayList<>();
    List<String> raw = text.lines();
    for (int i = 0; i < raw.size(); i++) {
      PageLine line = new PageLine(i + 1, raw.get(i));
      if (SiteChrome.isListingHeading(line.text())) {
        break;
      }
      lines.add(line);
    }
    return new Page(text.location(), lines);
  }

  /** The lines that hold any text, in order. */
  List<PageLine> nonBlank() {
    return lines.stream().filter(line -> !line.isBlank()).toList();
  }

  /** The first {@code count} lines that hold text. */
  List<PageLine> head(int count) {
    return nonBlank().stream().limit(count).toList();
  }

  boolean isBlank() {
    return lines.stream().allMatch(PageLine::isBlank);
  }

  /** Whether any line's text satisfies {@code test}. */
  boolean anyLine(Predicate<String> test) {
    return lines.stream().map(PageLine::text).anyMatch(test);
  }

  Source source(String format) {
    return new Source(location, format);
  }
}
