package dev.podcastqa.ingest;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.feed.NoteChapters;
import dev.podcastqa.ingest.markdown.HeadedTurns;
import dev.podcastqa.ingest.markdown.MarkdownDocument;
import dev.podcastqa.ingest.markdown.SectionHeadings;
import dev.podcastqa.ingest.markdown.TimedHeadings;
import dev.podcastqa.ingest.page.PageReader;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.HtmlText;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.ShowNoteClutter;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceHeader;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.transcript.FrontMatterSegments;
import dev.podcastqa.ingest.transcript.Transcript;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a source that is a transcript or a Markdown document into its draft, with what the file
 * says about its own episode (front matter, a {@code Title:} line, a WebVTT {@code NOTE}, a {@code
 * # heading}). A Markdown document whose body is no transcript is read as a page, its front matter
 * applied over what the page reader found; one whose front matter holds a JSON list of timed pieces
 * (Whisper's segments) is that transcript.
 */
final class TranscriptSources {

  static final String MARKDOWN_TRANSCRIPT = "markdown-transcript";
  static final String HTML_TRANSCRIPT = "html-transcript";

  /** The format of timed text lines, which HTML read as lines of text may look like. */
  private static final String TEXT_TRANSCRIPT = "text-transcript";

  private static final Pattern HTML_FRAGMENT =
      Pattern.compile("(?i)<(?:p|time|cite|tr|td|div|span)\\b[^>]*>");
  private static final Pattern TITLE_TAG = Pattern.compile("(?i)<title\\b");
  private static final Pattern GENERIC_TITLE = Pattern.compile("(?i)\\s*transcript\\s*");

  private final TranscriptReader transcripts;
  private final PageReader pages;
  private final FrontMatterSegments frontMatterSegments = new FrontMatterSegments();

  TranscriptSources(TranscriptReader transcripts, PageReader pages) {
    this.transcripts = transcripts;
    this.pages = pages;
  }

  /**
   * The draft of {@code text}, or empty when it is neither a transcript nor Markdown.
   *
   * @throws SourceException when it is one of them but holds nothing that can be read
   */
  Optional<Draft> read(SourceText text, Consumer<Problem> problems) {
    Optional<FrontMatterSegments.Found> kept = frontMatterSegments.find(text, problems);
    if (kept.isPresent()) {
      Transcript transcript = transcripts.readTranscript(kept.get().segments(), problems);
      SourceHeader header = kept.get().header();
      Draft draft = draft(text.location(), MARKDOWN_TRANSCRIPT, transcript, header.title());
      return Optional.of(header.applyTo(withShowNotes(draft, kept.get().notes())));
    }
    Optional<MarkdownDocument> markdown = MarkdownDocument.recognize(text, problems);
    if (markdown.isPresent()) {
      return Optional.of(markdown(markdown.get(), problems));
    }
    Optional<String> format = transcripts.recognize(text);
    if (format.isEmpty() || format.get().equals(TEXT_TRANSCRIPT)) {
      Optional<Draft> html = html(text, problems);
      if (html.isPresent() || format.isEmpty()) {
        return html;
      }
    }
    Transcript transcript = transcripts.readTranscript(text, problems);
    return Optional.of(draft(text.location(), transcript.format(), transcript, null));
  }

  /**
   * A Markdown transcript's timed headings are its chapters when its body is a transcript without
   * them; else (the headings head the turns) they are read as the rest of the body. Its section
   * headings without a time are not words of its turns: they are its chapters when it has no others
   * and at least two of them have a time under them. Its front matter's {@code description} is its
   * show notes, read as a Whisper front matter's are (its chapter lines give way to timed
   * headings), on a page too: a YouTube description's {@code 00:00 Introduction} lines are the
   * page's chapters when neither its body nor a {@code podcast_chapters} field gives any.
   */
  private Draft markdown(MarkdownDocument document, Consumer<Problem> problems) {
    TimedHeadings headings = document.timedHeadings();
    boolean chaptered =
        !headings.chapters().isEmpty() && transcripts.recognize(headings.body()).isPresent();
    SourceText body = chaptered ? headings.body() : document.body();
    if (transcripts.recognize(body).isEmpty()) {
      Optional<HeadedTurns> turns = document.headedTurns();
      if (turns.isPresent() && transcripts.recognize(turns.get().body()).isPresent()) {
        return headedTurns(document, turns.get(), problems);
      }
      Draft page = pages.read(document.pageBody());
      NoteChapters own = NoteChapters.ofShowNotes(document.notes());
      boolean noteChapters =
          page.chapters().isEmpty() && document.chapters().isEmpty() && !own.chapters().isEmpty();
      page = FrontMatterSummary.prepend(page, noteChapters ? own.notes() : document.notes());
      if (page.chapters().isEmpty() && !document.chapters().isEmpty()) {
        page = page.toBuilder().chapters(document.chapters()).build();
      } else if (noteChapters) {
        Draft.Builder builder = page.toBuilder().chapters(own.chapters());
        own.references().forEach(builder::reference);
        page = builder.build();
      }
      return document.header().applyTo(page);
    }
    SectionHeadings sections = document.sectionHeadings();
    Transcript transcript = transcripts.readTranscript(sections.blankedIn(body), problems);
    Draft draft =
        withShowNotes(
            draft(body.location(), MARKDOWN_TRANSCRIPT, transcript, document.header().title()),
            document.notes());
    List<Chapter> sectionChapters = sections.chapters(body);
    if (chaptered) {
      draft = draft.toBuilder().chapters(headings.chapters()).build();
    } else if (draft.chapters().isEmpty() && sectionChapters.size() >= 2) {
      draft = draft.toBuilder().chapters(sectionChapters).build();
    }
    return document.header().applyTo(draft);
  }

  /**
   * The draft of a page whose bold-named turns sit under headings that time them: the turns its
   * transcript, the headings (or the list of chapters above the turns) its chapters, the front
   * matter's description and the prose above the turns its notes.
   */
  private Draft headedTurns(
      MarkdownDocument document, HeadedTurns turns, Consumer<Problem> problems) {
    Transcript transcript = transcripts.readTranscript(turns.body(), problems);
    Draft draft =
        withShowNotes(
            draft(
                turns.body().location(),
                MARKDOWN_TRANSCRIPT,
                transcript,
                document.header().title()),
            document.notes());
    return document.header().applyTo(draft.toBuilder().chapters(turns.chapters()).build());
  }

  /**
   * The draft of an HTML transcript (a page of timed passages, or the Podcasting 2.0 fragment of
   * {@code <cite>}, {@code <time>} and {@code <p>}), or empty when its text is no transcript. A
   * document's {@code <title>} is its title unless it is only the word "Transcript".
   */
  private Optional<Draft> html(SourceText text, Consumer<Problem> problems) {
    String content = text.content();
    boolean document = HtmlText.isDocument(content);
    if (!document && !HTML_FRAGMENT.matcher(content).find()) {
      return Optional.empty();
    }
    String plain =
        document ? HtmlText.pageText(content) : String.join("\n", HtmlText.paragraphs(content));
    SourceText converted = new SourceText(text.location(), text.name(), plain);
    if (transcripts.recognize(converted).isEmpty()) {
      return Optional.empty();
    }
    Transcript transcript = transcripts.readTranscript(converted, problems);
    Draft draft = draft(text.location(), HTML_TRANSCRIPT, transcript, null);
    String title =
        document && TITLE_TAG.matcher(content).find() ? plain.lines().findFirst().orElse("") : "";
    if (!title.isBlank() && !GENERIC_TITLE.matcher(title).matches() && draft.title() == null) {
      draft = draft.toBuilder().title(title).build();
    }
    return Optional.of(draft);
  }

  /**
   * {@code draft} with the show notes {@code notes} as an RSS item's are read: their chapter lines
   * ({@code 00:00 Introduction}, at least two, in time order) its chapters, the rest its
   * description.
   */
  private static Draft withShowNotes(Draft draft, List<String> notes) {
    if (notes.isEmpty()) {
      return draft;
    }
    NoteChapters own = NoteChapters.ofShowNotes(notes);
    Draft.Builder builder = draft.toBuilder();
    if (!own.chapters().isEmpty()) {
      builder.chapters(own.chapters());
      own.references().forEach(builder::reference);
    }
    ShowNoteClutter.remove(own.notes()).forEach(builder::paragraph);
    return builder.build();
  }

  /** The draft of {@code transcript}; a note that only repeats {@code title} is left out. */
  private static Draft draft(String location, String format, Transcript transcript, String title) {
    Draft.Builder builder =
        Draft.builder(new Source(location, format)).transcript(transcript.segments());
    transcript.notes().stream().filter(note -> !note.equals(title)).forEach(builder::paragraph);
    return transcript.header().applyTo(builder.build());
  }
}
