package dev.podcastqa.ingest.page;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.ingest.source.Dates;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Durations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * An Apple Podcasts episode page: a duration in words ({@code 4 hrs 10 min}), one line joining the
 * title and the podcast name, a {@code • Category} line, the show notes (often twice) with a TOC of
 * timestamped chapters, and a {@code Top Podcasts In ...} listing that {@link Page} already cut.
 */
final class ApplePodcastsPage implements PageShape {

  private static final Pattern CATEGORY = Pattern.compile("[•·]\\s*\\p{Lu}[\\p{L}&,' -]{1,40}");
  private static final Pattern WORD_DURATION =
      Pattern.compile("(?i)\\d+\\s*(?:hrs?|hours?|mins?|minutes?)\\b[\\p{L}\\d ,]*");

  /** Apple puts the duration and the category among the first few lines. */
  private static final int HEAD_LINES = 5;

  @Override
  public String format() {
    return "apple-podcasts-page";
  }

  @Override
  public boolean matches(Page page) {
    List<PageLine> head = page.head(HEAD_LINES);
    boolean category = head.stream().anyMatch(line -> isCategory(line.text()));
    boolean duration = head.stream().anyMatch(line -> duration(line.text()).isPresent());
    return category && duration;
  }

  @Override
  public Draft read(Page page) {
    Draft.Builder draft = Draft.builder(page.source(format()));
    Paragraphs paragraphs = new Paragraphs();
    List<Chapter> chapters = new ArrayList<>();
    Integer durationSeconds = null;
    TitlePodcastSplit heading = null;
    for (PageLine line : Sections.answerable(page.nonBlank())) {
      String text = line.text();
      OptionalInt duration = duration(text);
      Optional<LocalDate> date = Dates.parse(text);
      Optional<TimestampLine> timestamped = TimestampLine.parse(text);
      if (duration.isPresent()) {
        durationSeconds = durationSeconds == null ? duration.getAsInt() : durationSeconds;
      } else if (isCategory(text)) {
        continue;
      } else if (heading == null && date.isPresent()) {
        draft.published(date.get());
      } else if (heading == null) {
        heading = TitlePodcastSplit.of(text).orElse(new TitlePodcastSplit(text, null));
      } else if (timestamped.isPresent()) {
        chapters.add(new Chapter(timestamped.get().seconds(), timestamped.get().title()));
      } else {
        paragraphs.add(text);
      }
    }
    String title = heading == null ? null : heading.title();
    draft.title(title).podcast(heading == null ? null : heading.podcast());
    draft.durationSeconds(durationSeconds);
    RepeatedBlocks.chaptersOnce(chapters).forEach(draft::chapter);
    paragraphs.addTo(draft, title);
    return draft.build();
  }

  private static boolean isCategory(String text) {
    return CATEGORY.matcher(text).matches();
  }

  private static OptionalInt duration(String text) {
    return WORD_DURATION.matcher(text).matches() ? Durations.parse(text) : OptionalInt.empty();
  }
}
