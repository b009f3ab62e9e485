package dev.podcastqa.ingest.page;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.ShowNoteClutter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any other text about an episode, the shape tried last: the first meaningful line is the title
 * when it reads as one ({@link TitleLine}; a page that opens with a paragraph, or with the first
 * turn of an untimed transcript ({@link TurnLines}), has none), {@code Label: value} lines before
 * the first chapter are metadata (and a bare date or run time right under the title, {@link
 * HeaderLines}), each line that starts with a timestamp opens a chapter whose notes are the text
 * under it, and untimed text before the first chapter is the description (one paragraph per
 * blank-line separated block). A timestamped line that ends with an http(s) link ({@code 12:30 A
 * paper https://arxiv.org/...}) is a reference at that second, not a chapter.
 */
final class TimestampedText implements PageShape {

  private static final Pattern TRAILING_LINK = Pattern.compile("^(.*\\S)\\s+(https?://\\S+)$");

  @Override
  public String format() {
    return "text-with-timestamps";
  }

  @Override
  public boolean matches(Page page) {
    return true;
  }

  @Override
  public Draft read(Page page) {
    List<PageLine> lines = Sections.answerable(page.lines());
    EpisodeFields fields = new EpisodeFields();
    Walk walk = new Walk(fields, statesTitle(lines), lines);
    lines.forEach(walk::take);
    walk.closeChapter();
    String title = fields.title() != null ? fields.title() : walk.title;
    Draft.Builder draft = Draft.builder(page.source(format()));
    fields.applyTo(draft);
    draft.title(title);
    RepeatedBlocks.chaptersOnce(walk.chapters).forEach(draft::chapter);
    walk.references.forEach(draft::reference);
    walk.description.addTo(draft, title);
    return draft.build();
  }

  /** Whether a {@code Title:} line before the first chapter names the episode. */
  private static boolean statesTitle(List<PageLine> lines) {
    EpisodeFields probe = new EpisodeFields();
    for (PageLine line : lines) {
      if (TimestampLine.isTimestamped(line.text())) {
        break;
      }
      probe.acceptLine(line.text());
    }
    return probe.title() != null;
  }

  /** The page read so far: blocks of text go to the description or to the open chapter. */
  private static final class Walk {
    private final EpisodeFields fields;
    private final Paragraphs description = new Paragraphs();
    private final List<Chapter> chapters = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<String> block = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private TimestampLine open;
    private String title;
    private boolean titleTaken;
    private boolean underTitle;
    private final List<PageLine> lines;

    Walk(EpisodeFields fields, boolean titleStated, List<PageLine> lines) {
      this.fields = fields;
      this.titleTaken = titleStated;
      this.lines = lines;
    }

    void take(PageLine line) {
      String text = line.text();
      if (line.isBlank()) {
        underTitle = false;
        endBlock();
        return;
      }
      if (underTitle && HeaderLines.asField(text).filter(fields::acceptLine).isPresent()) {
        return;
      }
      underTitle = false;
      boolean metadata = open == null && fields.acceptLine(text);
      if (metadata) {
        return;
      }
      // Timestamps first: "12:30 A paper https://..." ends with a link but is a reference.
      Optional<TimestampLine> timestamped = TimestampLine.parse(text);
      Optional<Matcher> link =
          timestamped.map(t -> TRAILING_LINK.matcher(t.title())).filter(Matcher::matches);
      if (link.isPresent()) {
        references.add(
            new Reference(timestamped.get().seconds(), link.get().group(1), link.get().group(2)));
      } else if (timestamped.isPresent()) {
        closeChapter();
        open = timestamped.get();
      } else if (SiteChrome.isChromeLine(text)) {
        return;
      } else if (!titleTaken && open == null && !TitleLine.hasLetter(text)) {
        return;
      } else if (!titleTaken && open == null) {
        titleTaken = true;
        if (TitleLine.isTitle(text) && !TurnLines.isTurn(text, lines)) {
          title = text;
          underTitle = true;
        } else {
          block.add(text);
        }
      } else {
        block.add(text);
      }
    }

    void closeChapter() {
      endBlock();
      if (open != null) {
        Chapter chapter = new Chapter(open.seconds(), open.title(), String.join("\n\n", notes));
        chapters.add(
            chapter.isSponsorBreak() ? new Chapter(open.seconds(), open.title()) : chapter);
      }
      notes.clear();
      open = null;
    }

    private void endBlock() {
      if (block.isEmpty()) {
        return;
      }
      String text = String.join("\n", block);
      block.clear();
      if (open == null) {
        description.add(text);
      } else if (!SiteChrome.isChromeLine(text) && !ShowNoteClutter.isClutter(text)) {
        notes.add(String.join("\n", RunOnParagraphs.split(text)));
      }
    }
  }
}
