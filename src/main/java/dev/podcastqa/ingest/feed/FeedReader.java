package dev.podcastqa.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.Dates;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Durations;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.HtmlText;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.ShowNoteClutter;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.source.Transcriber;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads RSS feeds into one draft per item, fetching chapters and transcripts they link. An item
 * whose {@code podcast:chapters} file gives no chapters takes its Podlove chapters, else the
 * chapter lines of its show notes; show-note clutter (sponsor reads, donation appeals, social and
 * credit lines) is left out of the description, and the hosts and guests its {@code podcast:person}
 * tags name close it ({@link EpisodePeople}).
 */
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
  private final Optional<Transcriber> transcriber;
  private final RssParser parser = new RssParser();

  public FeedReader(Fetcher fetcher, TranscriptReader transcripts) {
    this(fetcher, transcripts, Optional.empty());
  }

  /**
   * A reader that has the audio of an item linking no transcript transcribed by {@code
   * transcriber}, when one is given.
   */
  public FeedReader(
      Fetcher fetcher, TranscriptReader transcripts, Optional<Transcriber> transcriber) {
    this.fetcher = fetcher;
    this.transcripts = transcripts;
    this.transcriber = transcriber;
  }

  /** Whether {@code text} is an RSS feed: its root element, after any prolog, is {@code rss}. */
  public boolean recognize(SourceText text) {
    String content = text.content();
    return RSS_ROOT
        .matcher(content.substring(0, Math.min(PROLOG_LIMIT, content.length())))
        .lookingAt();
  }

  /** Whether a JSON object is a Podcasting 2.0 chapters file: a {@code chapters} list. */
  public boolean isChaptersFile(JsonNode node) {
    return node != null && node.isObject() && node.path("chapters").isArray();
  }

  /**
   * A chapters file on its own, as a draft with chapters and no title: it joins the episode whose
   * page or transcript has its file stem, or the feed item whose {@code podcast:chapters} URL ends
   * in its file name.
   *
   * @throws dev.podcastqa.ingest.source.SourceException when the file holds no chapters list
   */
  public Draft readChaptersFile(SourceText text, Consumer<Problem> problems) {
    ChaptersJson.Read read = new ChaptersJson().read(text, problems);
    Draft.Builder draft =
        Draft.builder(new Source(text.location(), LinkedFiles.CHAPTERS_FORMAT))
            .chapters(read.chapters());
    read.references().forEach(draft::reference);
    return draft.build();
  }

  /**
   * One draft per item of the feed; items and linked files that cannot be read go to {@code
   * problems}.
   *
   * @throws dev.podcastqa.ingest.source.SourceException when the feed itself cannot be read
   */
  public List<Draft> read(SourceText text, Consumer<Problem> problems) {
    RssChannel channel = parser.parse(text, problems);
    FeedUrls urls = new FeedUrls(text.location());
    LinkedFiles files = new LinkedFiles(fetcher, transcripts, transcriber, urls, channel.items());
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
      List<String> notes = description(item);
      if (!files.addChapters(item, draft, itemProblems)) {
        NoteChapters own = NoteChapters.of(item, notes, itemProblems);
        draft.chapters(own.chapters());
        own.references().forEach(draft::reference);
        notes = own.notes();
      }
      ShowNoteClutter.remove(notes).forEach(draft::paragraph);
      EpisodePeople.line(channel, item).ifPresent(draft::paragraph);
      files.addTranscript(item, draft, itemProblems);
      itemProblems.reportUnread("the item is kept with what could be read");
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
      problems.report("no <enclosure> with a url; its episode is indexed without an audio link");
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
