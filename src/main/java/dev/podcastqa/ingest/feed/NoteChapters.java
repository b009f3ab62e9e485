package dev.podcastqa.ingest.feed;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.ingest.page.TimestampLine;
import dev.podcastqa.ingest.source.Durations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chapters an item writes itself, for items whose {@code podcast:chapters} file gave none:
 * Podlove simple chapters ({@code psc:chapter}) first, else chapter lines in the show notes ({@code
 * (00:26:17) Title}, {@code 00:26:17 - Title}, {@code [26:17] Title}, {@code 26:17 Title}, one per
 * line or list item). Show-note lines count only when there are at least two and their times never
 * go back, so a stray time in the notes is not a chapter.
 *
 * @param chapters the chapters, in time order
 * @param references the links chapters carry, at the chapter's second
 * @param notes the show-note paragraphs that are not chapter lines
 */
public record NoteChapters(List<Chapter> chapters, List<Reference> references, List<String> notes) {

  private static final int MIN_LINES = 2;
  private static final Pattern TRAILING_LINK = Pattern.compile("^(.*\\S)\\s+(https?://\\S+)$");
  private static final Pattern SECONDS = Pattern.compile("\\d{1,7}(?:\\.\\d+)?");
  private static final Pattern FRACTION = Pattern.compile("(:\\d{2})[.,]\\d+$");

  public NoteChapters {
    chapters = List.copyOf(chapters);
    references = List.copyOf(references);
    notes = List.copyOf(notes);
  }

  /** The chapters of {@code item}, whose show notes read as {@code notes}. */
  static NoteChapters of(RssItem item, List<String> notes, ItemProblems problems) {
    if (!item.inlineChapters().isEmpty()) {
      return podlove(item, notes, problems);
    }
    return showNotes(notes);
  }

  private static NoteChapters podlove(RssItem item, List<String> notes, ItemProblems problems) {
    List<Chapter> chapters = new ArrayList<>();
    List<Reference> references = new ArrayList<>();
    for (RssItem.InlineChapter inline : item.inlineChapters()) {
      OptionalInt start = inline.start() == null ? OptionalInt.empty() : seconds(inline.start());
      if (start.isEmpty() || inline.title() == null) {
        problems.report(
            "psc:chapter at line "
                + inline.line()
                + (start.isEmpty() ? " has no readable start" : " has no title")
                + "; skipped");
        continue;
      }
      chapters.add(new Chapter(start.getAsInt(), inline.title()));
      if (inline.href() != null) {
        references.add(new Reference(start.getAsInt(), inline.title(), inline.href()));
      }
    }
    chapters.sort(Comparator.comparingInt(Chapter::startSeconds));
    return new NoteChapters(chapters, references, notes);
  }

  /**
   * The chapter lines of show notes that are not an RSS item's (a Markdown page's front matter
   * {@code description}), by the same rule.
   */
  public static NoteChapters ofShowNotes(List<String> notes) {
    return showNotes(notes);
  }

  private static NoteChapters showNotes(List<String> notes) {
    List<Chapter> chapters = new ArrayList<>();
    List<Reference> references = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String note : notes) {
      var line = TimestampLine.parse(note);
      if (line.isEmpty()) {
        rest.add(note);
        continue;
      }
      Matcher link = TRAILING_LINK.matcher(line.get().title());
      String title = link.matches() ? link.group(1) : line.get().title();
      chapters.add(new Chapter(line.get().seconds(), title));
      if (link.matches()) {
        references.add(new Reference(line.get().seconds(), title, link.group(2)));
      }
    }
    boolean inOrder = true;
    for (int i = 1; i < chapters.size(); i++) {
      inOrder &= chapters.get(i).startSeconds() >= chapters.get(i - 1).startSeconds();
    }
    if (chapters.size() < MIN_LINES || !inOrder) {
      return new NoteChapters(List.of(), List.of(), notes);
    }
    return new NoteChapters(chapters, references, rest);
  }

  /** Seconds as Podlove writes them: {@code 41}, {@code 41.5} or {@code 00:01:42.024}. */
  private static OptionalInt seconds(String start) {
    String value = start.strip();
    if (SECONDS.matcher(value).matches()) {
      return OptionalInt.of((int) Math.floor(Double.parseDouble(value)));
    }
    return Durations.parse(FRACTION.matcher(value).replaceFirst("$1"));
  }
}
