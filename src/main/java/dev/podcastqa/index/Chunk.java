package dev.podcastqa.index;

import java.util.Objects;

/**
 * A passage of one episode that can be retrieved and cited: its text, where in the episode it
 * starts (and ends, when known), the chapter it falls in, and the context it is embedded with.
 *
 * @param id stable across runs for the same episode content
 * @param endSeconds null when the source gives no end
 * @param chapterTitle null outside chapters
 * @param context episode and chapter titles, embedded with the text but never quoted
 * @param url the link a reference points to, else null
 */
public record Chunk(
    String id,
    String episodeId,
    ChunkKind kind,
    int startSeconds,
    Integer endSeconds,
    String chapterTitle,
    String context,
    String text,
    String url) {

  public Chunk {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(episodeId, "episodeId");
    Objects.requireNonNull(kind, "kind");
    if (startSeconds < 0) {
      throw new IllegalArgumentException("chunk " + id + " starts before 0");
    }
    if (endSeconds != null && endSeconds < startSeconds) {
      throw new IllegalArgumentException("chunk " + id + " ends before it starts");
    }
    context = Objects.requireNonNullElse(context, "");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("chunk " + id + " has no text");
    }
  }

  /** Whether this chunk points at a moment; untimed text belongs to the whole episode. */
  public boolean timed() {
    return kind.timed();
  }

  /**
   * The text the embedding model sees: context first, then the passage, a transcript's turns
   * without the labels of voices the transcriber could not name ({@link AnonymousSpeakers}).
   */
  public String embeddingText() {
    String passage = kind == ChunkKind.TRANSCRIPT ? AnonymousSpeakers.unlabelled(text) : text;
    return context.isEmpty() ? passage : context + "\n" + passage;
  }
}
