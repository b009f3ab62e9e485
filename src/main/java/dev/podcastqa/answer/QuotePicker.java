package dev.podcastqa.answer;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.Retrieval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the sentences an extractive answer quotes: the best sentence of the best passages, scored
 * by the passage's retrieval rank and similarity and by how much of the question the sentence
 * itself covers, and by whether its episode says a name the question writes ({@link
 * NamedEpisodes}). A further quote must cover part of the question itself (no padding) and be a new
 * moment. Quotes that point at a moment without saying it (chapter titles, references, show notes)
 * are then cited at the transcript passage that says it ({@link TranscriptMoments}); when every
 * quote is still untimed, a timed passage of the same episode is added so the answer points at a
 * moment. Last, the first quote's episode is searched again on its own, and the moment of it that
 * answers best leads the answer ({@link EpisodeMoments}), where an opening that only previews the
 * episode gives way ({@link Openings}).
 */
final class QuotePicker {

  static final int MAX_QUOTES = 3;

  /** Passages looked at, best first. */
  static final int PASSAGES = 8;

  /** A further quote must score at least this share of the best one. */
  static final double FOLLOW_SHARE = 0.8;

  /** A timed passage added for its moment must score at least this share of the best. */
  static final double TIMED_SHARE = 0.55;

  /** Weight kept by a sentence that leans on another one's referent. */
  static final double LEANING_WEIGHT = 0.75;

  /** A further quote must cover this share of what the best quote covers of the question. */
  static final double FOLLOW_COVERAGE = 0.6;

  /**
   * A further quote from another episode must cover this share of what the best quote covers: it
   * tells the listener a second episode answers too, so sharing a topic word is not enough.
   */
  static final double OTHER_EPISODE_COVERAGE = 1.0;

  private final QueryTerms terms;
  private final Set<String> functionWords;
  private final MomentFinder moments;
  private final QuoteText text;
  private final CitationFactory citations;

  QuotePicker(QueryTerms terms, MomentFinder moments, CitationFactory citations) {
    this.terms = terms;
    this.citations = citations;
    this.functionWords = FunctionWords.of(terms);
    this.moments = moments;
    this.text = new QuoteText(terms);
  }

  List<Quote> pick(Retrieval retrieval) {
    // One answer looks into its episode several times for the same question: searched once.
    MomentFinder searches = moments.forOneAnswer();
    Set<String> question = new LinkedHashSet<>(terms.of(retrieval.question()));
    question.removeAll(functionWords);
    List<Quote> candidates = candidates(retrieval, question);
    if (candidates.isEmpty()) {
      return List.of();
    }
    NewMoments news = new NewMoments(citations);
    List<Quote> chosen = new ArrayList<>();
    Quote best = candidates.get(0);
    chosen.add(best);
    AskedWords asked = AskedWords.of(question, candidates);
    // The most of the question that any quote of the answer's episode says.
    double answerCovers =
        candidates.stream()
            .filter(q -> q.passage().chunk().episodeId().equals(best.passage().chunk().episodeId()))
            .mapToDouble(q -> QueryTerms.looseCoverage(question, q.terms()))
            .max()
            .orElse(0);
    for (Quote next : candidates) {
      if (chosen.size() >= MAX_QUOTES || next.score() < FOLLOW_SHARE * best.score()) {
        break;
      }
      if (supports(next, best, question, asked, answerCovers)
          && asksMoreThanTitle(next, question)
          && news.isNew(next, chosen)) {
        chosen.add(next);
      }
    }
    WantedSentence wanted = WantedSentence.of(retrieval.question());
    if (wanted.asksForOne()
        && chosen.stream().allMatch(q -> WantedSentence.isTitle(q.passage().chunk()))) {
      Optional<Quote> said =
          candidates.stream()
              .filter(
                  q -> q.passage().chunk().episodeId().equals(best.passage().chunk().episodeId()))
              .filter(q -> wanted.wants(q, asksMoreThanTitle(q, question)))
              .filter(q -> supports(q, best, question, asked, answerCovers))
              .findFirst();
      if (said.isPresent() && wanted.fact().isPresent()) {
        // Beside the sentence stating the fact, a title sharing only the episode's name pads.
        chosen.removeIf(q -> !asksMoreThanTitle(q, question));
      }
      said.ifPresent(q -> chosen.add(0, q));
      if (chosen.size() > MAX_QUOTES) {
        chosen.remove(chosen.size() - 1);
      }
    }
    TranscriptMoments transcript = new TranscriptMoments(searches, citations, text);
    List<Quote> placed = new ArrayList<>();
    for (Quote quote : chosen) {
      Quote moment = transcript.place(quote, retrieval, question);
      if (news.isNew(moment, placed)) {
        placed.add(moment);
      }
    }
    if (placed.stream().noneMatch(q -> q.passage().chunk().timed())) {
      momentOf(best, candidates, question, searches)
          .ifPresent(
              moment -> {
                if (placed.size() >= MAX_QUOTES) {
                  placed.remove(placed.size() - 1);
                }
                placed.add(moment);
              });
    }
    if (placed.isEmpty() || !citations.transcribed(placed.get(0).passage().chunk())) {
      return placed;
    }
    AnswerTurns turns = new AnswerTurns(searches, citations, text);
    EpisodeMoments episodeMoments =
        new EpisodeMoments(
            searches,
            text,
            this::naming,
            turns::putsQuestion,
            news,
            chunk -> AskedSpeakers.of(retrieval.question(), citations.transcript(chunk), text));
    List<Quote> answered = new ArrayList<>();
    for (Quote quote : episodeMoments.ledByBest(placed, retrieval, question)) {
      Quote turn = turns.answering(quote, retrieval);
      // A further quote whose "he" names no one would seem to speak of the first quote's person.
      Optional<Quote> answer =
          answered.isEmpty() ? Optional.of(turn) : PersonPronouns.naming(turn, text);
      if (answer.isPresent() && news.isNew(answer.get(), answered)) {
        answered.add(answer.get());
      }
    }
    return new Introductions(turns, citations).leading(answered, retrieval);
  }

  /** A timed quote of the best quote's episode: retrieved for the question, or linked to it. */
  private Optional<Quote> momentOf(
      Quote best, List<Quote> candidates, Set<String> question, MomentFinder searches) {
    String episodeId = best.passage().chunk().episodeId();
    Optional<Quote> retrieved =
        candidates.stream()
            .filter(q -> q.passage().chunk().timed())
            .filter(q -> q.passage().chunk().episodeId().equals(episodeId))
            .filter(q -> q.score() >= TIMED_SHARE * best.score())
            .filter(q -> asksMoreThanTitle(q, question))
            .findFirst();
    if (retrieved.isPresent()) {
      return retrieved;
    }
    return searches
        .momentFor(best.text(), episodeId)
        .map(p -> new Quote(p, quotable(p.chunk()), terms.of(p.chunk().text()), 0))
        .filter(q -> asksMoreThanTitle(q, question));
  }

  /** What to quote of a linked passage: a title whole, else its first sentence. */
  private String quotable(Chunk chunk) {
    List<String> sentences = text.sentencesOf(chunk);
    return sentences.isEmpty() ? chunk.text() : sentences.get(0);
  }

  private List<Quote> candidates(Retrieval retrieval, Set<String> question) {
    List<Passage> passages = retrieval.passages();
    if (passages.isEmpty()) {
      return List.of();
    }
    WantedSentence wanted = WantedSentence.of(retrieval.question());
    double topFused = passages.get(0).fused();
    double bestCosine = retrieval.bestCosine();
    List<Passage> looked = passages.subList(0, Math.min(PASSAGES, passages.size()));
    NamedEpisodes sayers = NamedEpisodes.of(retrieval.question(), passages, this::naming);
    List<Quote> quotes = new ArrayList<>();
    for (Passage passage : looked) {
      double rank = passage.fused() / topFused;
      double cosine = Double.isNaN(passage.cosine()) ? 0 : passage.cosine() / bestCosine;
      List<String> sentences = text.sentencesOf(passage.chunk());
      boolean notes = passage.chunk().kind() != ChunkKind.TRANSCRIPT;
      for (int i = 0; i < sentences.size(); i++) {
        String sentence = text.completed(sentences, i, question);
        boolean leaning = QuoteText.leans(sentence);
        if (leaning && notes) {
          // Show notes speak of the guest: name them, or leave the sentence out.
          Optional<String> named = named(sentence, passage.chunk());
          if (named.isEmpty()) {
            continue;
          }
          sentence = named.get();
          leaning = false;
        }
        Set<String> sentenceTerms = terms.of(sentences.get(i) + " " + sentence);
        double covered = QueryTerms.looseCoverage(question, sentenceTerms);
        double score = 0.45 * rank + 0.35 * cosine + 0.20 * covered;
        if (leaning) {
          score *= LEANING_WEIGHT;
        }
        score *= wanted.weight(passage.chunk(), sentence, covered) * sayers.weight(passage.chunk());
        quotes.add(new Quote(passage, sentence, terms.of(sentence), score));
      }
    }
    quotes.sort(Comparator.comparingDouble(Quote::score).reversed());
    return quotes;
  }

  /**
   * A show-note sentence that leans on a pronoun, with the pronoun replaced by the one guest its
   * episode names ({@link SoleGuest}); empty when the episode names no one guest or the sentence
   * leans on something else ("This means ...", "also").
   */
  private Optional<String> named(String sentence, Chunk chunk) {
    return SoleGuest.of(citations.episode(chunk)).flatMap(g -> SoleGuest.naming(sentence, g));
  }

  /** The words that name the episode of {@code chunk}: its title and podcast. */
  private String naming(Chunk chunk) {
    Episode episode = citations.episode(chunk);
    return episode.podcast() == null ? episode.title() : episode.title() + " " + episode.podcast();
  }

  /**
   * Whether a further quote covers a word of the question beyond its episode's title and podcast:
   * one that only repeats the guest's name ("Neel Nanda - Personal Website" for a question about
   * Neel Nanda) says the episode is about them, not what the question asks.
   */
  private boolean asksMoreThanTitle(Quote next, Set<String> question) {
    Set<String> asked = new LinkedHashSet<>(question);
    asked.removeAll(terms.of(naming(next.passage().chunk())));
    // A question of nothing but the episode's name keeps its words: they are all it asks.
    return QueryTerms.looseCoverage(asked.isEmpty() ? question : asked, next.terms()) > 0;
  }

  /**
   * Whether a further quote answers the question on its own, not as padding: it covers at least
   * {@link #FOLLOW_COVERAGE} of what the best quote covers of the question. A title or show-note
   * line, which points at the topic rather than saying anything, is judged with each word weighing
   * more the fewer retrieved passages hold it ({@link AskedWords}): one that only shares the
   * topic's words ("The discussion covers sparse autoencoders") does not support a question on
   * their limitations that the best quote answers. A quote of another episode must cover as much as
   * the best quote, words weighed by rarity whatever its kind, and as much as any quote of the best
   * quote's episode ({@code answerCovers}): it tells the listener that a second episode answers
   * too, and a passage sharing the topic's words ("the White House") of a show about something else
   * would be padding in another voice; when the best quote is an opening that previews its episode,
   * what that episode says later is the measure, not the preview.
   */
  private static boolean supports(
      Quote next, Quote best, Set<String> question, AskedWords asked, double answerCovers) {
    boolean elsewhere =
        !next.passage().chunk().episodeId().equals(best.passage().chunk().episodeId());
    double share = elsewhere ? OTHER_EPISODE_COVERAGE : FOLLOW_COVERAGE;
    double covered = QueryTerms.looseCoverage(question, next.terms());
    double against = QueryTerms.looseCoverage(question, best.terms());
    if (covered <= 0 || covered < share * (elsewhere ? Math.max(against, answerCovers) : against)) {
      return false;
    }
    return (next.passage().chunk().kind() == ChunkKind.TRANSCRIPT && !elsewhere)
        || asked.covered(next.terms()) >= share * asked.covered(best.terms());
  }
}
