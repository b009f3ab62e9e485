package dev.podcastqa.ingest.page;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.ingest.source.Dates;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Durations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Snipd episode page: a {@code <podcast> cover image} caption, the podcast, the title, the date,
 * a summary, a clock duration, then AI-written {@code Quick takeaways} and {@code Deep dives}
 * (answerable text) and the app's promotion (chrome).
 */
final class SnipdPage implements PageShape {

  private static final Pattern COVER = Pattern.compile("(?i)(.+?)\\s+cover image");
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");
  private static final String GUESTS = "episode guests";
  private static final Set<String> HEADINGS =
      Set.of(GUESTS, "quick takeaways", "deep dives", "episode notes", "chapters");

  /** Guest entries are names, so a longer line means the guest list has ended. */
  private static final int MAX_GUEST_WORDS = 6;

  @Override
  public String format() {
    return "snipd-page";
  }

  @Override
  public boolean matches(Page page) {
    List<PageLine> head = page.head(1);
    return !head.isEmpty()
        && COVER.matcher(head.get(0).text()).matches()
        && page.anyLine(line -> HEADINGS.contains(key(line)));
  }

  @Override
  public Draft read(Page page) {
    Walk walk = new Walk();
    for (PageLine line : page.nonBlank()) {
      walk.take(line.text());
    }
    Draft.Builder draft = Draft.builder(page.source(format()));
    draft
        .podcast(walk.podcast)
        .title(walk.title)
        .published(walk.published)
        .durationSeconds(walk.durationSeconds);
    walk.chapters.forEach(draft::chapter);
    walk.paragraphs.addTo(draft, walk.title);
    return draft.build();
  }

  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  /** What the page has said so far, line by line from the top. */
  private static final class Walk {
    private final Paragraphs paragraphs = new Paragraphs();
    private final List<Chapter> chapters = new ArrayList<>();
    private String podcast;
    private String title;
    private LocalDate published;
    private Integer durationSeconds;
    private boolean inGuests;

    void take(String text) {
      Matcher cover = COVER.matcher(text);
      if (podcast == null && cover.matches()) {
        podcast = cover.group(1);
      } else if (title == null) {
        title = text.equals(podcast) ? null : text;
      } else if (HEADINGS.contains(key(text))) {
        inGuests = key(text).equals(GUESTS);
      } else if (!takeDateOrDuration(text)) {
        takeContent(text);
      }
    }

    private boolean takeDateOrDuration(String text) {
      Optional<LocalDate> date = published == null ? Dates.parse(text) : Optional.empty();
      if (date.isPresent()) {
        published = date.get();
        return true;
      }
      if (durationSeconds == null && CLOCK.matcher(text).matches()) {
        Durations.parse(text).ifPresent(seconds -> durationSeconds = seconds);
        return true;
      }
      return false;
    }

    private void takeContent(String text) {
      if (inGuests
          && !SiteChrome.isChromeLine(text)
          && text.split("\\s+").length <= MAX_GUEST_WORDS) {
        return;
      }
      inGuests = false;
      Optional<TimestampLine> timestamped = TimestampLine.parse(text);
      if (timestamped.isPresent()) {
        chapters.add(new Chapter(timestamped.get().seconds(), timestamped.get().title()));
      } else {
        paragraphs.add(text);
      }
    }
  }
}
