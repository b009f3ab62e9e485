package dev.podcastqa.ingest.page;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.ingest.source.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A podcast's own site page (Ghost style): the title, a teaser, {@code Watch Episode Here}-style
 * buttons, the description, headed {@code SPONSORS:}, {@code PRODUCED BY:}, {@code CHAPTERS:} and
 * {@code SOCIAL LINKS:} sections, then the site's sign-in and billing messages, one of which names
 * the podcast ({@code You've successfully subscribed to <podcast>.}).
 */
final class PodcastSitePage implements PageShape {

  private static final Pattern SUBSCRIBED =
      Pattern.compile("(?i)you(?:'|’)ve successfully subscribed to (.+?)\\.?");
  private static final Pattern PARENTHESIZED_TIMESTAMP =
      Pattern.compile("\\(\\d{1,2}(?::\\d{2}){1,2}\\)\\s+\\S.*");

  @Override
  public String format() {
    return "podcast-site-page";
  }

  /**
   * A membership message of the site, or a {@code CHAPTERS:} heading over {@code (mm:ss)} lines on
   * a page with a sponsors or credits section.
   */
  @Override
  public boolean matches(Page page) {
    if (page.anyLine(line -> SUBSCRIBED.matcher(line).matches())) {
      return true;
    }
    boolean chapters =
        page.anyLine(line -> Sections.heading(line).orElse(null) == Sections.Kind.CHAPTERS)
            && page.anyLine(line -> PARENTHESIZED_TIMESTAMP.matcher(line).matches());
    boolean sponsorsOrCredits =
        page.anyLine(
            line -> {
              Sections.Kind kind = Sections.heading(line).orElse(Sections.Kind.OTHER);
              return kind == Sections.Kind.SPONSORS || kind == Sections.Kind.CREDITS;
            });
    return chapters && sponsorsOrCredits;
  }

  @Override
  public Draft read(Page page) {
    Draft.Builder draft = Draft.builder(page.source(format()));
    Paragraphs paragraphs = new Paragraphs();
    List<Chapter> chapters = new ArrayList<>();
    String title = null;
    for (PageLine line : Sections.answerable(page.nonBlank())) {
      String text = line.text();
      Optional<TimestampLine> timestamped = TimestampLine.parse(text);
      if (SiteChrome.isChromeLine(text)) {
        continue;
      } else if (title == null) {
        title = text;
      } else if (timestamped.isPresent()) {
        chapters.add(new Chapter(timestamped.get().seconds(), timestamped.get().title()));
      } else {
        paragraphs.add(text);
      }
    }
    draft.title(title).podcast(podcast(page).orElse(null));
    RepeatedBlocks.chaptersOnce(chapters).forEach(draft::chapter);
    paragraphs.addTo(draft, title);
    return draft.build();
  }

  private static Optional<String> podcast(Page page) {
    for (PageLine line : page.lines()) {
      Matcher m = SUBSCRIBED.matcher(line.text());
      if (m.matches()) {
        return Optional.of(m.group(1).strip());
      }
    }
    return Optional.empty();
  }
}
