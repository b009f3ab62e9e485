package dev.podcastqa.mcp;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.answer.CitationFactory;
import dev.podcastqa.answer.DeepLinks;
import dev.podcastqa.answer.FilterCheck;
import dev.podcastqa.answer.Question;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Timecode;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkSegments;
import dev.podcastqa.index.SearchFilter;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.Retrieval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each tool does, over the services: search, ask, list and read. Arguments arrive checked (see
 * {@link ToolArguments}); results are plain values the caller turns into JSON.
 */
final class PodcastTools {

  /** Passages {@code search_passages} returns unless asked for another number. */
  static final int DEFAULT_LIMIT = 5;

  /** Most passages one search returns. */
  static final int MAX_LIMIT = 20;

  /** Longest transcript window one call reads, in seconds. */
  static final int MAX_WINDOW = 3600;

  private final McpServices services;
  private final CitationFactory citations;

  PodcastTools(McpServices services) {
    this.services = services;
    this.citations = new CitationFactory(services.catalog());
  }

  Map<String, List<PassageHit>> searchPassages(ToolArguments args) {
    Question query =
        new Question(
            args.requiredText("query"),
            null,
            args.optionalText("episodeId"),
            args.optionalText("podcast"),
            args.optionalDate("from"),
            args.optionalDate("to"));
    int limit = args.optionalInt("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    if (query.episodeId() != null) {
      episode(args, query.episodeId());
    }
    FilterCheck.check(query, services.catalog())
        .ifPresent(
            refusal -> {
              throw new ToolRefusal(refusal.detail());
            });
    SearchFilter filter =
        new SearchFilter(query.episodeId(), query.podcast(), query.from(), query.to());
    Retrieval found = services.retriever().retrieve(query.text(), filter, limit);
    List<PassageHit> hits = new ArrayList<>();
    for (Passage passage : found.passages()) {
      Chunk chunk = passage.chunk();
      Citation cited = citations.cite(hits.size() + 1, chunk, chunk.text());
      String speaker =
          chunk.timed() ? speakerAt(transcriptOf(chunk.episodeId()), chunk.startSeconds()) : null;
      String url = services.links().absolute(cited.url());
      hits.add(PassageHit.of(cited, speaker, chunk.chapterTitle(), url));
    }
    return Map.of("passages", hits);
  }

  Answer ask(ToolArguments args) {
    Question question =
        new Question(
            args.requiredText("question"),
            args.optionalText("conversationId"),
            null,
            null,
            null,
            null);
    return services.links().absolute(services.answers().answer(question));
  }

  Map<String, List<EpisodeListing>> listEpisodes(ToolArguments args) {
    String podcast = args.optionalText("podcast");
    LocalDate from = args.optionalDate("from");
    LocalDate to = args.optionalDate("to");
    if (from != null && to != null && from.isAfter(to)) {
      throw args.invalid("the date range ends before it starts");
    }
    String key = podcast == null ? null : ChunkSegments.podcastKey(podcast);
    List<EpisodeListing> listed = new ArrayList<>();
    for (Episode episode : services.catalog().episodes()) {
      if (matches(episode, key, from, to)) {
        String page = services.links().absolute(DeepLinks.episodePage(episode.id(), null));
        listed.add(
            EpisodeListing.of(episode, services.catalog().hasTranscript(episode.id()), page));
      }
    }
    return Map.of("episodes", listed);
  }

  TranscriptWindow transcript(ToolArguments args) {
    String id = args.requiredText("episodeId");
    int start = args.requiredInt("startSeconds", 0, Integer.MAX_VALUE - MAX_WINDOW);
    int end = start + args.requiredInt("durationSeconds", 1, MAX_WINDOW);
    Episode episode = episode(args, id);
    List<Segment> transcript = transcriptOf(episode.id());
    List<TranscriptWindow.TimedSegment> segments = new ArrayList<>();
    for (Segment segment : transcript) {
      boolean overlaps = segment.endSeconds() > start && segment.startSeconds() < end;
      if (overlaps || segment.startSeconds() == start) {
        int second = (int) segment.startSeconds();
        segments.add(
            new TranscriptWindow.TimedSegment(
                segment.startSeconds(),
                segment.endSeconds(),
                Timecode.format(second),
                segment.speaker(),
                segment.text(),
                services.links().absolute(DeepLinks.to(episode, second, true))));
      }
    }
    return new TranscriptWindow(
        episode.id(), episode.title(), start, end, !transcript.isEmpty(), segments);
  }

  private List<Segment> transcriptOf(String episodeId) {
    return services.catalog().transcript(episodeId);
  }

  private Episode episode(ToolArguments args, String id) {
    return services
        .catalog()
        .find(id)
        .orElseThrow(() -> args.invalid("no episode has the id \"" + shorten(id) + "\""));
  }

  /** Who speaks at {@code second}: the speaker of the last segment starting at or before it. */
  private static String speakerAt(List<Segment> transcript, int second) {
    String speaker = null;
    for (Segment segment : transcript) {
      if (Math.floor(segment.startSeconds()) > second) {
        break;
      }
      speaker = segment.speaker();
    }
    return speaker;
  }

  /** Whether {@code episode} is of the podcast keyed {@code key} and published within the dates. */
  private static boolean matches(Episode episode, String key, LocalDate from, LocalDate to) {
    if (key != null
        && (episode.podcast() == null
            || !ChunkSegments.podcastKey(episode.podcast()).equals(key))) {
      return false;
    }
    if (from == null && to == null) {
      return true;
    }
    LocalDate published = episode.published();
    return published != null
        && (from == null || !published.isBefore(from))
        && (to == null || !published.isAfter(to));
  }

  private static String shorten(String text) {
    return text.length() <= 100 ? text : text.substring(0, 100) + "…";
  }
}
