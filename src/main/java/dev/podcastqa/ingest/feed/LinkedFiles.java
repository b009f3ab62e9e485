package dev.podcastqa.ingest.feed;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.HtmlText;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.source.Transcriber;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fetches the chapters and transcript an item links and adds them to its draft; a file that cannot
 * be fetched or read is noted for the item's one problem line and the item kept without it.
 *
 * <p>Of several transcripts the timed formats are tried first (WebVTT, then SRT, then JSON, then
 * TTML), then plain text, then HTML, then any other type; each failure is reported and the next one
 * tried. WebVTT and SRT come first because they keep the cues as the show published them; a JSON
 * transcript is often word-level and has to be merged back into sentences.
 */
final class LinkedFiles {

  static final String CHAPTERS_FORMAT = "podcast-chapters";

  private static final List<List<String>> TRANSCRIPT_PREFERENCE =
      List.of(
          List.of("text/vtt"),
          List.of("application/x-subrip", "application/srt", "application/x-srt", "text/srt"),
          List.of("application/json"),
          List.of("application/ttml+xml"),
          List.of("text/plain"),
          List.of("text/html"));
  private static final int HTML_RANK = 5;

  private final Fetcher fetcher;
  private final TranscriptReader transcripts;
  private final Optional<Transcriber> transcriber;
  private final FeedUrls urls;
  private final ChaptersJson chapters = new ChaptersJson();
  private final Set<String> uniqueChapterNames;

  LinkedFiles(
      Fetcher fetcher,
      TranscriptReader transcripts,
      Optional<Transcriber> transcriber,
      FeedUrls urls,
      List<RssItem> items) {
    this.fetcher = fetcher;
    this.transcripts = transcripts;
    this.transcriber = transcriber;
    this.urls = urls;
    Map<String, Long> names =
        items.stream()
            .map(item -> chaptersFileName(item))
            .flatMap(Optional::stream)
            .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
    this.uniqueChapterNames =
        names.entrySet().stream()
            .filter(e -> e.getValue() == 1)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
  }

  /**
   * The file name a {@code podcast:chapters} URL ends in when it names a JSON file ({@code
   * .../PC2052.json}), for joining a local copy of that file.
   */
  private static Optional<String> chaptersFileName(RssItem item) {
    if (item.chapters() == null || item.chapters().url() == null) {
      return Optional.empty();
    }
    String name = SourceText.of(item.chapters().url(), "").name();
    return name.toLowerCase(Locale.ROOT).endsWith(".json") ? Optional.of(name) : Optional.empty();
  }

  /** Adds the chapters of the item's {@code podcast:chapters} file; false when it gave none. */
  boolean addChapters(RssItem item, Draft.Builder draft, ItemProblems problems) {
    RssItem.LinkedFile file = item.chapters();
    if (file == null) {
      return false;
    }
    if (file.type() != null && !file.type().toLowerCase(Locale.ROOT).contains("json")) {
      problems.report("chapters of type " + file.type() + " are not JSON chapters; skipped");
      return false;
    }
    Optional<String> url = url(file, "chapters", problems);
    if (url.isEmpty()) {
      return false;
    }
    try {
      ChaptersJson.Read read = chapters.read(fetcher.fetch(url.get()), problems.sink());
      draft.chapters(read.chapters()).source(new Source(url.get(), CHAPTERS_FORMAT));
      read.references().forEach(draft::reference);
      return !read.chapters().isEmpty();
    } catch (SourceException e) {
      problems.unread("chapters " + describe(e.problem()));
      // A chapters file of that name beside the feed joins this item instead (see Merger).
      chaptersFileName(item).filter(uniqueChapterNames::contains).ifPresent(draft::sameAs);
      return false;
    }
  }

  /**
   * Adds the transcript of the first linked file that reads; with no file linked, the transcript of
   * the item's audio when a transcriber is set.
   */
  void addTranscript(RssItem item, Draft.Builder draft, ItemProblems problems) {
    if (item.transcripts().isEmpty()) {
      transcriber.ifPresent(t -> addTranscribed(t, item, draft, problems));
      return;
    }
    List<RssItem.LinkedFile> files = new ArrayList<>(item.transcripts());
    files.sort(Comparator.comparingInt(file -> rank(file.type())));
    for (int i = 0; i < files.size(); i++) {
      Optional<String> url = url(files.get(i), "transcript", problems);
      if (url.isEmpty()) {
        continue;
      }
      try {
        SourceText text = transcriptText(url.get(), files.get(i).type());
        List<Segment> segments = transcripts.read(text, problems.sink());
        String format = transcripts.recognize(text).orElseThrow();
        draft.transcript(segments).source(new Source(url.get(), format));
        return;
      } catch (SourceException e) {
        problems.unread("transcript " + describe(e.problem()));
      }
    }
  }

  private void addTranscribed(
      Transcriber transcriber, RssItem item, Draft.Builder draft, ItemProblems problems) {
    Optional<String> audio =
        item.enclosure() == null ? Optional.empty() : urls.absolute(item.enclosure());
    if (audio.isEmpty()) {
      return;
    }
    try {
      SourceText text = transcriber.transcribe(audio.get());
      List<Segment> segments = transcripts.read(text, problems.sink());
      String format = transcripts.recognize(text).orElseThrow();
      draft.transcript(segments).source(new Source(audio.get(), format));
    } catch (SourceException e) {
      problems.unread("transcription " + describe(e.problem()));
    }
  }

  /** The fetched transcript, as plain lines when the feed says it is HTML. */
  private SourceText transcriptText(String url, String type) {
    SourceText text = fetcher.fetch(url);
    if (rank(type) != HTML_RANK) {
      return text;
    }
    return new SourceText(
        text.location(), text.name(), String.join("\n", HtmlText.paragraphs(text.content())));
  }

  private Optional<String> url(RssItem.LinkedFile file, String what, ItemProblems problems) {
    if (file.url() == null) {
      problems.unread(what + " link with no url attribute");
      return Optional.empty();
    }
    Optional<String> url = urls.absolute(file.url());
    if (url.isEmpty()) {
      boolean relative = !file.url().matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
      problems.unread(
          what
              + " URL \""
              + file.url()
              + (relative && !urls.hasBase()
                  ? "\" is relative and the feed was not read from a URL"
                  : "\" is not an http(s) URL"));
    }
    return url;
  }

  private static int rank(String type) {
    String bare = type == null ? "" : type.toLowerCase(Locale.ROOT).replaceAll(";.*", "").strip();
    for (int rank = 0; rank < TRANSCRIPT_PREFERENCE.size(); rank++) {
      if (TRANSCRIPT_PREFERENCE.get(rank).contains(bare)) {
        return rank;
      }
    }
    return TRANSCRIPT_PREFERENCE.size();
  }

  /** A fetch failure already names its URL; a read failure needs its location and line. */
  private static String describe(Problem problem) {
    return problem.reason().contains(problem.location()) ? problem.reason() : problem.toString();
  }
}
