package dev.podcastqa.answer.llm;

import dev.podcastqa.answer.Citation;
import dev.podcastqa.answer.CitationFactory;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.Sentences;
import dev.podcastqa.retrieve.Passage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The passages one model call sees, numbered from 1 as its prompt shows them. A citation of one of
 * them takes its episode, time and link from the passage (never from the generated text) and quotes
 * the passage's sentence closest to the sentence citing it.
 */
final class NumberedPassages implements CitedText.Sources {

  private final List<Passage> passages;
  private final CitationFactory citations;
  private final SupportCheck support;
  private final Set<Integer> times = new HashSet<>();

  NumberedPassages(List<Passage> passages, CitationFactory citations, SupportCheck support) {
    this.passages = List.copyOf(passages);
    this.citations = citations;
    this.support = support;
    for (Passage passage : this.passages) {
      Chunk chunk = passage.chunk();
      times.add(chunk.startSeconds());
      if (chunk.endSeconds() != null) {
        times.add(chunk.endSeconds());
      }
      UntrustedText.timesIn(chunk.context(), times::add);
      UntrustedText.timesIn(chunk.text(), times::add);
    }
  }

  /** The passages' own times, and every time written in their text. */
  @Override
  public boolean knowsTime(int seconds) {
    return times.contains(seconds);
  }

  @Override
  public int count() {
    return passages.size();
  }

  Chunk chunk(int n) {
    return passages.get(n - 1).chunk();
  }

  String episodeTitle(int n) {
    return citations.episode(chunk(n)).title();
  }

  @Override
  public boolean supports(int n, String sentence) {
    return support.supports(sentence, evidence(n));
  }

  @Override
  public Citation cite(int number, int n, String sentence) {
    return citations.cite(number, chunk(n), quote(n, sentence));
  }

  /** What the model saw of passage {@code n}: its episode's naming and its text. */
  private String evidence(int n) {
    Chunk chunk = chunk(n);
    Episode episode = citations.episode(chunk);
    return String.join(
        "\n", episode.title(), episode.podcastName().orElse(""), chunk.context(), chunk.text());
  }

  /** A chapter title or reference whole; otherwise the sentence sharing most words. */
  private String quote(int n, String sentence) {
    Chunk chunk = chunk(n);
    if (chunk.kind() == ChunkKind.CHAPTER || chunk.kind() == ChunkKind.REFERENCE) {
      return chunk.text();
    }
    String best = chunk.text();
    double bestShare = -1;
    for (String line : chunk.text().split("\n")) {
      for (String candidate : Sentences.split(line)) {
        double share = support.wordShare(sentence, candidate);
        if (share > bestShare) {
          best = candidate;
          bestShare = share;
        }
      }
    }
    return best;
  }
}
