package dev.podcastqa.index;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsGreaterThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsLessThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.logical.And;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps chunks to LangChain4j text segments and back, and search filters to metadata filters, so
 * every {@code EmbeddingStore} keeps chunks the same way.
 */
public final class ChunkSegments {

  public static final String CHUNK_ID = "chunkId";
  public static final String EPISODE_ID = "episodeId";
  public static final String KIND = "kind";
  public static final String START = "start";
  public static final String END = "end";
  public static final String CHAPTER = "chapter";
  public static final String CONTEXT = "context";
  public static final String URL = "url";

  /** Episode title and podcast name, searched by BM25 at a lower weight than the text. */
  public static final String EPISODE = "episode";

  /** The podcast name in lower case, compared exactly by filters. */
  public static final String PODCAST_KEY = "podcastKey";

  /** Publication date as days since 1970-01-01, for range filters. */
  public static final String PUBLISHED_DAY = "publishedDay";

  private ChunkSegments() {}

  public static TextSegment toSegment(Chunk chunk, EpisodeFacts facts) {
    Metadata metadata =
        new Metadata()
            .put(CHUNK_ID, chunk.id())
            .put(EPISODE_ID, chunk.episodeId())
            .put(KIND, chunk.kind().name())
            .put(START, chunk.startSeconds())
            .put(CONTEXT, chunk.context())
            .put(EPISODE, facts.naming());
    if (chunk.endSeconds() != null) {
      metadata.put(END, chunk.endSeconds());
    }
    if (chunk.chapterTitle() != null) {
      metadata.put(CHAPTER, chunk.chapterTitle());
    }
    if (chunk.url() != null) {
      metadata.put(URL, chunk.url());
    }
    if (facts.podcast() != null) {
      metadata.put(PODCAST_KEY, podcastKey(facts.podcast()));
    }
    if (facts.published() != null) {
      metadata.put(PUBLISHED_DAY, facts.published().toEpochDay());
    }
    return TextSegment.from(chunk.text(), metadata);
  }

  public static Chunk toChunk(TextSegment segment) {
    Metadata m = segment.metadata();
    return new Chunk(
        m.getString(CHUNK_ID),
        m.getString(EPISODE_ID),
        ChunkKind.valueOf(m.getString(KIND)),
        m.getInteger(START),
        m.getInteger(END),
        m.getString(CHAPTER),
        m.getString(CONTEXT),
        segment.text(),
        m.getString(URL));
  }

  public static String podcastKey(String podcast) {
    return podcast.strip().toLowerCase(Locale.ROOT);
  }

  /** The metadata filter for {@code filter}, or null when it limits nothing. */
  public static Filter toMetadataFilter(SearchFilter filter) {
    List<Filter> parts = new ArrayList<>();
    if (filter.episodeId() != null) {
      parts.add(new IsEqualTo(EPISODE_ID, filter.episodeId()));
    }
    if (filter.podcast() != null) {
      parts.add(new IsEqualTo(PODCAST_KEY, podcastKey(filter.podcast())));
    }
    if (filter.from() != null) {
      parts.add(new IsGreaterThanOrEqualTo(PUBLISHED_DAY, filter.from().toEpochDay()));
    }
    if (filter.to() != null) {
      parts.add(new IsLessThanOrEqualTo(PUBLISHED_DAY, filter.to().toEpochDay()));
    }
    Filter combined = null;
    for (Filter part : parts) {
      combined = combined == null ? part : new And(combined, part);
    }
    return combined;
  }
}
