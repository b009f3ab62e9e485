package dev.podcastqa.answer;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.Retrieval;
import java.util.List;
import java.util.Set;

/**
 * Cites the moment, not the chapter: a quote of a chapter title, show-note line, reference or
 * description is replaced by the transcript passage that says it, when the episode has one. The
 * chapter's own span is searched for a chapter title or its notes, a short span around a
 * reference's second for a reference, and the whole episode for untimed show notes. The chapter
 * title (or reference) stays as the quote's context.
 */
final class TranscriptMoments {

  /** A reference's transcript is looked for from this many seconds before its timestamp... */
  static final int BEFORE_REFERENCE = 60;

  /** ...to this many after it. */
  static final int AFTER_REFERENCE = 120;

  /**
   * For untimed show notes, searched over the whole episode, a transcript passage must be this
   * close in meaning to the question, relative to the show-note passage, or found by both searches.
   */
  static final double UNTIMED_COSINE_SHARE = 0.8;

  private final MomentFinder moments;
  private final CitationFactory citations;
  private final QuoteText text;

  TranscriptMoments(MomentFinder moments, CitationFactory citations, QuoteText text) {
    this.moments = moments;
    this.citations = citations;
    this.text = text;
  }

  /** {@code quote} at its transcript moment when it points at one; else {@code quote} itself. */
  Quote place(Quote quote, Retrieval retrieval, Set<String> question) {
    Chunk chunk = quote.passage().chunk();
    int[] span = span(chunk);
    if (span == null || !citations.transcribed(chunk)) {
      return quote;
    }
    List<Passage> found = moments.transcriptWithin(retrieval, chunk.episodeId(), span[0], span[1]);
    for (Passage passage : found) {
      if (!chunk.timed() && !closeEnough(passage, quote.passage())) {
        continue;
      }
      String said = text.best(passage.chunk(), question);
      String context = chunk.timed() ? contextOf(chunk) : null;
      return new Quote(passage, said, Set.of(), quote.score(), context);
    }
    return quote;
  }

  /** The seconds {@code [from, to)} where the transcript of what {@code chunk} names is. */
  private int[] span(Chunk chunk) {
    switch (chunk.kind()) {
      case CHAPTER, CHAPTER_NOTES -> {
        Episode episode = citations.episode(chunk);
        int end =
            episode.chapters().stream()
                .mapToInt(Chapter::startSeconds)
                .filter(start -> start > chunk.startSeconds())
                .min()
                .orElse(Integer.MAX_VALUE);
        return new int[] {chunk.startSeconds(), end};
      }
      case REFERENCE -> {
        return new int[] {
          Math.max(0, chunk.startSeconds() - BEFORE_REFERENCE),
          chunk.startSeconds() + AFTER_REFERENCE
        };
      }
      case DESCRIPTION, EPISODE -> {
        return new int[] {0, Integer.MAX_VALUE};
      }
      default -> {
        return null;
      }
    }
  }

  private static boolean closeEnough(Passage transcript, Passage notes) {
    if (transcript.foundByDense() && transcript.foundByLexical()) {
      return true;
    }
    double notesCosine = Double.isNaN(notes.cosine()) ? 0 : notes.cosine();
    return !Double.isNaN(transcript.cosine())
        && transcript.cosine() >= UNTIMED_COSINE_SHARE * notesCosine;
  }

  private static String contextOf(Chunk chunk) {
    return switch (chunk.kind()) {
      case CHAPTER, REFERENCE -> chunk.text();
      default -> chunk.chapterTitle();
    };
  }
}
