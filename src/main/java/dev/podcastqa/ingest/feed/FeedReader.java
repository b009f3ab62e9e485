package dev.podcastqa.ingest.feed;

import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.Dates;
import dev.podcastqa.ingest.Draft;
import dev.podcastqa.ingest.Durations;
import dev.podcastqa.ingest.Fetcher;
import dev.podcastqa.ingest.HtmlText;
import dev.podcastqa.ingest.Problem;
import dev.podcastqa.ingest.SourceText;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Reads RSS feeds into one draft per item, fetching chapters and transcripts they link. */
public final class FeedReader {

  /** The format name of a feed's own source. */
  public static final String FORMAT = "rss";

  /** Anything a document may start with before its root element, then the {@code rss} root. */
  private static final Pattern RSS_ROOT =
      Pattern.compile(
          "(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?])?\\s*>)*+<rss[\\s>]",
          Pattern.DOTALL);

  private static final int PROLOG_LIMIT = 64 * 1024;

  private final Fetcher fetcher;
  private final TranscriptReader transcripts;
  private final RssParser parser = new RssParser();

  public FeedReader(Fetcher fetcher, TranscriptReader transcripts) {
    this.fetcher = fetcher;
    this.transcripts = transcripts;
  }

  /** Whether {@code text} is an RSS feed: its root element, after any prolog, is {@code rss}. */
  public boolean recognize(SourceText text) {
    String content = text.content();
    return RSS_ROOT
        .matcher(content.substring(0, Math.min(PROLOG_LIMIT, content.length())))
        .lookingAt();
  }

  /**
   * One draft per item of the feed; items and linked files that cannot be read go to {@code
   * problems}.
   *
   * @throws dev.podcastqa.ingest.SourceException when the feed itself cannot be read
   */
  public List<Draft> read(SourceText text, Consumer<Problem> problems) {
    RssChannel channel = parser.parse(text);
    FeedUrls urls = new FeedUrls(text.location());
    LinkedFiles files = new LinkedFiles(fetcher, transcripts, urls);
    List<Draft> drafts = new ArrayList<>();
    for (RssItem item : channel.items()) {
      ItemProblems itemProblems = new ItemProblems(text.location(), item, problems);
      if (item.title() == null) {
        itemProblems.report("no <title>, so it is skipped");
        continue;
      }
      Draft.Builder draft =
          Draft.builder(new Source(text.location(), FORMAT))
              .title(item.title())
              .podcast(channel.title())
              .guid(item.guid())
              .published(published(item, itemProblems))
              .durationSeconds(duration(item, itemProblems))
              .links(links(item, urls, itemProblems));
      description(item).forEach(draft::paragraph);
      files.addChapters(item, draft, itemProblems);
      files.addTranscript(item, draft, itemProblems);
      drafts.add(draft.build());
    }
    return drafts;
  }

  private static LocalDate published(RssItem item, ItemProblems problems) {
    if (item.pubDate() == null) {
      return null;
    }
    Optional<LocalDate> date = Dates.parse(item.pubDate());
    if (date.isEmpty()) {
      problems.report("pubDate \"" + item.pubDate() + "\" is not a date; left out");
    }
    return date.orElse(null);
  }

  private static Integer duration(RssItem item, ItemProblems problems) {
    if (item.duration() == null) {
      return null;
    }
    OptionalInt seconds = Durations.parse(item.duration());
    if (seconds.isEmpty()) {
      problems.report("itunes:duration \"" + item.duration() + "\" is not a duration; left out");
      return null;
    }
    return seconds.getAsInt();
  }

  private static Links links(RssItem item, FeedUrls urls, ItemProblems problems) {
    if (item.enclosure() == null) {
      problems.report("no <enclosure> with a url, so the draft has no audio link");
    }
    return new Links(absolute(urls, item.link()), absolute(urls, item.enclosure()), null);
  }

  private static String absolute(FeedUrls urls, String ref) {
    return urls.absolute(ref).orElse(ref);
  }

  /** The show notes: {@code content:encoded}, else {@code description}, else the iTunes summary. */
  private static List<String> description(RssItem item) {
    for (String notes : new String[] {item.contentEncoded(), item.description(), item.summary()}) {
      List<String> paragraphs = HtmlText.paragraphs(notes);
      if (!paragraphs.isEmpty()) {
        return paragraphs;
      }
    }
    return List.of();
  }
}
