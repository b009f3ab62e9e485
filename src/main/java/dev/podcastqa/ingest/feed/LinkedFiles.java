package dev.podcastqa.ingest.feed;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.Draft;
import dev.podcastqa.ingest.Fetcher;
import dev.podcastqa.ingest.HtmlText;
import dev.podcastqa.ingest.Problem;
import dev.podcastqa.ingest.SourceException;
import dev.podcastqa.ingest.SourceText;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches the chapters and transcript an item links and adds them to its draft; a file that cannot
 * be fetched or read is reported and the item kept without it.
 *
 * <p>Of several transcripts the timed formats are tried first (JSON, then WebVTT, then SRT), then
 * plain text, then HTML, then any other type; each failure is reported and the next one tried.
 */
final class LinkedFiles {

  static final String CHAPTERS_FORMAT = "podcast-chapters";

  private static final List<List<String>> TRANSCRIPT_PREFERENCE =
      List.of(
          List.of("application/json"),
          List.of("text/vtt"),
          List.of("application/x-subrip", "application/srt", "application/x-srt", "text/srt"),
          List.of("text/plain"),
          List.of("text/html"));
  private static final int HTML_RANK = 4;

  private final Fetcher fetcher;
  private final TranscriptReader transcripts;
  private final FeedUrls urls;
  private final ChaptersJson chapters = new ChaptersJson();

  LinkedFiles(Fetcher fetcher, TranscriptReader transcripts, FeedUrls urls) {
    this.fetcher = fetcher;
    this.transcripts = transcripts;
    this.urls = urls;
  }

  void addChapters(RssItem item, Draft.Builder draft, ItemProblems problems) {
    RssItem.LinkedFile file = item.chapters();
    if (file == null) {
      return;
    }
    if (file.type() != null && !file.type().toLowerCase(Locale.ROOT).contains("json")) {
      problems.report("chapters of type " + file.type() + " are not JSON chapters; skipped");
      return;
    }
    Optional<String> url = url(file, "chapters", problems);
    if (url.isPresent()) {
      try {
        draft
            .chapters(chapters.read(fetcher.fetch(url.get()), problems.sink()))
            .source(new Source(url.get(), CHAPTERS_FORMAT));
      } catch (SourceException e) {
        problems.report("chapters " + url.get() + " skipped: " + describe(e.problem()));
      }
    }
  }

  void addTranscript(RssItem item, Draft.Builder draft, ItemProblems problems) {
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
        String next = i + 1 < files.size() ? "; trying the next one" : "";
        problems.report("transcript " + url.get() + " skipped: " + describe(e.problem()) + next);
      }
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
      problems.report(what + " link has no url attribute; skipped");
      return Optional.empty();
    }
    Optional<String> url = urls.absolute(file.url());
    if (url.isEmpty()) {
      boolean relative = !file.url().matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
      problems.report(
          what
              + " URL \""
              + file.url()
              + (relative && !urls.hasBase()
                  ? "\" is relative and the feed was not read from a URL; skipped"
                  : "\" is not an http(s) URL; skipped"));
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
