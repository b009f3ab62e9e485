package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.Sentences;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.Retrieval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the sentences an extractive answer quotes: the best sentence of the best passages, scored
 * by the passage's retrieval rank and similarity and by how much of the question the sentence
 * itself covers. When every pick is untimed show-note text, a timed passage of the same episode is
 * added so the answer still points at a moment: the best one retrieved, or else the chapter the
 * best quote is about ({@link MomentFinder}).
 */
final class QuotePicker {

  static final int MAX_QUOTES = 3;

  /** Passages looked at, best first. */
  static final int PASSAGES = 8;

  /** A further quote must score at least this share of the best one. */
  static final double FOLLOW_SHARE = 0.8;

  /** Two timed quotes of one episode this far apart are different moments, however alike. */
  static final int DISTINCT_MOMENT_SECONDS = 60;

  /** A timed passage added for its moment must score at least this share of the best. */
  static final double TIMED_SHARE = 0.55;

  private final QueryTerms terms;
  private final MomentFinder moments;

  QuotePicker(QueryTerms terms, MomentFinder moments) {
    this.terms = terms;
    this.moments = moments;
  }

  List<Quote> pick(Retrieval retrieval) {
    Set<String> question = terms.of(retrieval.question());
    List<Quote> candidates = candidates(retrieval, question);
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Quote> chosen = new ArrayList<>();
    Quote best = candidates.get(0);
    chosen.add(best);
    for (Quote next : candidates) {
      if (chosen.size() >= MAX_QUOTES || next.score() < FOLLOW_SHARE * best.score()) {
        break;
      }
      if (isNew(next, chosen)) {
        chosen.add(next);
      }
    }
    if (chosen.stream().noneMatch(q -> q.passage().chunk().timed())) {
      momentOf(best, candidates)
          .ifPresent(
              moment -> {
                if (chosen.size() >= MAX_QUOTES) {
                  chosen.remove(chosen.size() - 1);
                }
                chosen.add(moment);
              });
    }
    return chosen;
  }

  /** A timed quote of the best quote's episode: retrieved for the question, or linked to it. */
  private Optional<Quote> momentOf(Quote best, List<Quote> candidates) {
    String episodeId = best.passage().chunk().episodeId();
    Optional<Quote> retrieved =
        candidates.stream()
            .filter(q -> q.passage().chunk().timed())
            .filter(q -> q.passage().chunk().episodeId().equals(episodeId))
            .filter(q -> q.score() >= TIMED_SHARE * best.score())
            .findFirst();
    if (retrieved.isPresent()) {
      return retrieved;
    }
    return moments
        .momentFor(best.text(), episodeId)
        .map(p -> new Quote(p, quotable(p.chunk()), terms.of(p.chunk().text()), 0));
  }

  /** What to quote of a linked passage: a title whole, else its first sentence. */
  private static String quotable(Chunk chunk) {
    List<String> sentences = sentences(chunk);
    return sentences.isEmpty() ? chunk.text() : sentences.get(0);
  }

  private List<Quote> candidates(Retrieval retrieval, Set<String> question) {
    List<Passage> passages = retrieval.passages();
    if (passages.isEmpty()) {
      return List.of();
    }
    double topFused = passages.get(0).fused();
    double bestCosine = retrieval.bestCosine();
    List<Quote> quotes = new ArrayList<>();
    for (Passage passage : passages.subList(0, Math.min(PASSAGES, passages.size()))) {
      double rank = passage.fused() / topFused;
      double cosine = Double.isNaN(passage.cosine()) ? 0 : passage.cosine() / bestCosine;
      for (String sentence : sentences(passage.chunk())) {
        Set<String> sentenceTerms = terms.of(sentence);
        double covered = QueryTerms.coverage(question, sentenceTerms);
        double score = 0.45 * rank + 0.35 * cosine + 0.20 * covered;
        quotes.add(new Quote(passage, sentence, sentenceTerms, score));
      }
    }
    quotes.sort(Comparator.comparingDouble(Quote::score).reversed());
    return quotes;
  }

  /** The sentences of a chunk worth quoting; titles and labels are quoted whole. */
  private static List<String> sentences(Chunk chunk) {
    if (chunk.kind() == ChunkKind.CHAPTER || chunk.kind() == ChunkKind.REFERENCE) {
      return List.of(chunk.text());
    }
    List<String> sentences = new ArrayList<>();
    for (String line : chunk.text().split("\n")) {
      String speaker = "";
      int colon = line.indexOf(": ");
      if (chunk.kind() == ChunkKind.TRANSCRIPT && colon > 0 && colon < 40) {
        speaker = line.substring(0, colon + 2);
        line = line.substring(colon + 2);
      }
      for (String sentence : Sentences.split(line)) {
        sentences.add(speaker + sentence);
      }
    }
    return sentences;
  }

  /**
   * Not the same sentence again, nor one mostly made of the same words about the same moment. Two
   * chapters on one topic ("... (Part 1)", "... (Part 2)") are different moments.
   */
  private static boolean isNew(Quote candidate, List<Quote> chosen) {
    for (Quote quote : chosen) {
      if (quote.text().equals(candidate.text())) {
        return false;
      }
      if (overlap(quote.terms(), candidate.terms()) > 0.6 && sameMoment(quote, candidate)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameMoment(Quote a, Quote b) {
    Chunk x = a.passage().chunk();
    Chunk y = b.passage().chunk();
    if (!x.episodeId().equals(y.episodeId())) {
      return false;
    }
    if (!x.timed() || !y.timed()) {
      return true;
    }
    return Math.abs(x.startSeconds() - y.startSeconds()) < DISTINCT_MOMENT_SECONDS;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long shared = a.stream().filter(b::contains).count();
    return (double) shared / Math.min(a.size(), b.size());
  }
}
