package dev.podcastqa.web;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.AnswerStream;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.answer.Question;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Timecode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A hand-written stand-in for the answer pipeline: cites the chapters (or episode descriptions)
 * sharing the most words with the question, quoting their notes. Its answer text starts with the
 * question, so tests can tell which answer belongs to which question.
 */
final class FakeAnswerService implements AnswerService {

  static final int CHUNKS = 42;
  static final String NOT_FOUND = "This is not found in the episodes.";

  private final Catalog catalog;

  FakeAnswerService(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Answer answer(Question question, AnswerStream stream) {
    String conversation =
        question.conversationId() != null ? question.conversationId() : "c-" + UUID.randomUUID();
    List<Passage> best = bestPassages(words(question.text()), question.episodeId());
    if (best.isEmpty()) {
      return new Answer(NOT_FOUND, false, mode(), conversation, List.of(), null);
    }
    StringBuilder text = new StringBuilder("You asked: ").append(question.text()).append('\n');
    List<Citation> citations = new ArrayList<>();
    for (Passage passage : best) {
      int n = citations.size() + 1;
      citations.add(passage.citation(n));
      text.append(passage.quote()).append(" [").append(n).append("] ");
    }
    stream.delta(text.toString());
    return new Answer(text.toString().strip(), true, mode(), conversation, citations, null);
  }

  @Override
  public String mode() {
    return Answer.EXTRACTIVE;
  }

  private List<Passage> bestPassages(Set<String> asked, String onlyEpisode) {
    List<Passage> scored = new ArrayList<>();
    for (Episode episode : catalog.episodes()) {
      if (onlyEpisode != null && !onlyEpisode.equals(episode.id())) {
        continue;
      }
      for (Chapter chapter : episode.chapters()) {
        String quote = chapter.notes().isEmpty() ? chapter.title() : chapter.notes();
        scored.add(
            new Passage(
                episode,
                chapter.startSeconds(),
                true,
                quote,
                overlap(asked, chapter.title() + " " + chapter.notes())));
      }
      scored.add(
          new Passage(
              episode, 0, false, episode.description(), overlap(asked, episode.description())));
    }
    return scored.stream()
        .filter(p -> p.score() > 0)
        .sorted(Comparator.comparingInt(Passage::score).reversed())
        .limit(2)
        .toList();
  }

  private static int overlap(Set<String> asked, String text) {
    Set<String> found = new HashSet<>(words(text));
    found.retainAll(asked);
    return found.size();
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (word.length() >= 5) {
        words.add(word);
      }
    }
    return words;
  }

  /** A chapter or a description, scored against the question. */
  private record Passage(Episode episode, int start, boolean timed, String quote, int score) {

    Citation citation(int n) {
      String page = "/episodes/" + episode.id() + (timed ? "?t=" + start : "");
      return new Citation(
          n,
          episode.id(),
          episode.title(),
          episode.podcast(),
          start,
          timed ? Timecode.format(start) : null,
          page,
          page,
          quote);
    }
  }
}
