package dev.podcastqa.ingest.page;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.ingest.source.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YouTube video description: a title line, then text (often one run-on line) split by {@code ---}
 * into the description, a {@code REFERENCES:} section of inline {@code [hh:mm:ss] Label URL}
 * references and a {@code LINKS:} section of chrome.
 */
final class YoutubeDescription implements PageShape {

  private static final Pattern SECTION_BREAK = Pattern.compile("(?:^|\\s)-{3,}(?=\\s|$)");
  private static final Pattern REFERENCES = Pattern.compile("(?i)\\breferences:");
  private static final Pattern LINKS_SECTION = Pattern.compile("(?i)^[\\p{L} ]*links:");
  private static final Pattern BRACKETED_TIME = Pattern.compile("\\[\\d{1,2}(?::\\d{2}){1,2}\\]");

  @Override
  public String format() {
    return "youtube-description";
  }

  /** A {@code REFERENCES:} marker followed, anywhere later, by a bracketed timestamp. */
  @Override
  public boolean matches(Page page) {
    String text = body(page.nonBlank());
    Matcher marker = REFERENCES.matcher(text);
    return marker.find() && BRACKETED_TIME.matcher(text).find(marker.end());
  }

  @Override
  public Draft read(Page page) {
    List<PageLine> lines = page.nonBlank();
    String title = lines.isEmpty() ? null : lines.get(0).text();
    Paragraphs paragraphs = new Paragraphs();
    List<Chapter> chapters = new ArrayList<>();
    List<Reference> references = new ArrayList<>();
    for (String section : SECTION_BREAK.split(body(lines.subList(1, lines.size())))) {
      if (LINKS_SECTION.matcher(section.strip()).find()) {
        continue;
      }
      Matcher marker = REFERENCES.matcher(section);
      String description = section;
      if (marker.find()) {
        description = section.substring(0, marker.start());
        references.addAll(InlineReferences.parse(section.substring(marker.end())));
      }
      readDescription(description, paragraphs, chapters);
    }
    Draft.Builder draft = Draft.builder(page.source(format())).title(title);
    RepeatedBlocks.chaptersOnce(chapters).forEach(draft::chapter);
    RepeatedBlocks.referencesOnce(references).forEach(draft::reference);
    paragraphs.addTo(draft, title);
    return draft.build();
  }

  /** Description lines; a line that starts with a timestamp is a chapter. */
  private static void readDescription(
      String description, Paragraphs paragraphs, List<Chapter> chapters) {
    for (String line : description.split("\n")) {
      Optional<TimestampLine> timestamped = TimestampLine.parse(line);
      if (timestamped.isPresent()) {
        chapters.add(new Chapter(timestamped.get().seconds(), timestamped.get().title()));
      } else {
        paragraphs.add(line);
      }
    }
  }

  private static String body(List<PageLine> lines) {
    return String.join("\n", lines.stream().map(PageLine::text).toList());
  }
}
