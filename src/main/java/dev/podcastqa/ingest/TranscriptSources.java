package dev.podcastqa.ingest;

import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.markdown.MarkdownDocument;
import dev.podcastqa.ingest.page.PageReader;
import dev.podcastqa.ingest.transcript.Transcript;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a source that is a transcript or a Markdown document into its draft, with what the file
 * says about its own episode (front matter, a {@code Title:} line, a WebVTT {@code NOTE}, a {@code
 * # heading}). A Markdown document whose body is no transcript is read as a page, its front matter
 * applied over what the page reader found.
 */
final class TranscriptSources {

  static final String MARKDOWN_TRANSCRIPT = "markdown-transcript";

  private final TranscriptReader transcripts;
  private final PageReader pages;

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
    Optional<MarkdownDocument> markdown = MarkdownDocument.recognize(text, problems);
    if (markdown.isPresent()) {
      return Optional.of(markdown(markdown.get(), problems));
    }
    if (transcripts.recognize(text).isEmpty()) {
      return Optional.empty();
    }
    Transcript transcript = transcripts.readTranscript(text, problems);
    return Optional.of(draft(text.location(), transcript.format(), transcript));
  }

  private Draft markdown(MarkdownDocument document, Consumer<Problem> problems) {
    SourceText body = document.body();
    if (transcripts.recognize(body).isEmpty()) {
      return document.header().applyTo(pages.read(body));
    }
    Transcript transcript = transcripts.readTranscript(body, problems);
    Draft draft = draft(body.location(), MARKDOWN_TRANSCRIPT, transcript);
    return document.header().applyTo(draft);
  }

  private static Draft draft(String location, String format, Transcript transcript) {
    Draft draft =
        Draft.builder(new Source(location, format)).transcript(transcript.segments()).build();
    return transcript.header().applyTo(draft);
  }
}
