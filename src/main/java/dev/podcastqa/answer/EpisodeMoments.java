package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.Retrieval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Finds where in one episode the answer is said, once the answer's episode is known. The passages
 * the whole corpus was searched for are few per episode, and a passage that previews a topic or
 * only names it may stand first among them; so both searches run again over that episode's
 * transcript alone, and each passage is judged by its BM25 and cosine within the episode and by its
 * best sentence: the share of the question's words it holds, rarer words weighing more. The words
 * that name the episode (its title and podcast, often the guest's name) decided the episode; inside
 * it they are said in the introduction, the thanks and wherever the host addresses the guest, so
 * they are left out of that search and that share, and the rest of the question finds the moment,
 * unless the question quotes them. A host's question that a guest answers counts more, as it is
 * where a listener's question is most often asked in other words; and the question is searched in
 * the spelling the index uses ({@link Spellings}). When a passage shortly before the best one
 * scores almost as well, the answer is cited there first, where its discussion starts.
 */
final class EpisodeMoments {

  /** Passages of each search within the episode that are judged. */
  static final int RANKS = 20;

  /** Weight of a passage's cosine similarity, relative to the episode's nearest passage. */
  static final double DENSE_WEIGHT = 0.3;

  /** Weight of a passage's BM25 score, relative to the episode's best match. */
  static final double LEXICAL_WEIGHT = 0.7;

  /** Weight of the share of the question's words (by rarity) that the best sentence holds. */
  static final double SENTENCE_WEIGHT = 0.7;

  /** Two moments of the episode this far apart are different places where it is said. */
  static final int APART_SECONDS = 120;

  /** Another place of the answer's episode is cited when it scores this share of the best. */
  static final double ALSO_SHARE = 0.8;

  /**
   * A host's question that a guest answers counts its share of the question's words this many
   * times: the listener asks what the host asked, in other words, and the answer follows it.
   */
  static final double ASKED_ALOUD_WEIGHT = 1.5;

  private final MomentFinder moments;
  private final QuoteText text;
  private final Function<Chunk, String> naming;
  private final BiPredicate<Chunk, String> askedAloud;
  private final NewMoments news;
  private final Function<Chunk, AskedSpeakers> speakers;

  /**
   * @param naming the words that name a chunk's episode: its title and podcast
   * @param askedAloud whether a sentence of a chunk is a question one speaker puts and another
   *     answers ({@link AnswerTurns#putsQuestion})
   * @param news which quotes are moments not yet cited
   * @param speakers the speakers of a chunk's episode that the question names
   */
  EpisodeMoments(
      MomentFinder moments,
      QuoteText text,
      Function<Chunk, String> naming,
      BiPredicate<Chunk, String> askedAloud,
      NewMoments news,
      Function<Chunk, AskedSpeakers> speakers) {
    this.moments = moments;
    this.text = text;
    this.naming = naming;
    this.askedAloud = askedAloud;
    this.news = news;
    this.speakers = speakers;
  }

  /**
   * {@code placed} led by the moment of its first quote's episode that answers best ({@link #best})
   * in the first quote's place, or by where its discussion starts ({@link DiscussionStart}) and
   * then that moment; the quotes after it follow while they are new moments. Unchanged when no
   * passage of that episode holds a word of the question. The episode is searched for the question
   * without the words that name it, unless the question quotes them.
   */
  List<Quote> ledByBest(List<Quote> placed, Retrieval searched, Set<String> terms) {
    // The episode is searched with the question's words spelled as the index spells them.
    Spellings.Respelled spelled =
        Spellings.asIndexed(searched.question(), terms, text, moments::rarity);
    Retrieval retrieval =
        spelled.question().equals(searched.question())
            ? searched
            : new Retrieval(
                spelled.question(),
                searched.questionVector(),
                searched.passages(),
                searched.evidence());
    Set<String> question = spelled.terms();
    Quote lead = placed.get(0);
    Chunk chunk = lead.passage().chunk();
    Set<String> named = new LinkedHashSet<>(text.termsOf(naming.apply(chunk)));
    // Words the question quotes are what it asks about, even when the title also says them.
    named.removeAll(text.termsOf(String.join(" ", QuotedWords.of(retrieval.question()))));
    Set<String> asked = new LinkedHashSet<>(question);
    asked.removeAll(named);
    // A question of nothing but the episode's name keeps its words: they are all it asks.
    Retrieval within =
        asked.isEmpty() || asked.size() == question.size()
            ? retrieval
            : new Retrieval(
                text.without(retrieval.question(), named),
                retrieval.questionVector(),
                List.of(),
                retrieval.evidence());
    // A speaker the question names is who says the answer: their name is no word to find in it.
    // One the episode's title names is its guest, whom the episode is about from start to end.
    AskedSpeakers voices = speakers.apply(chunk).besides(named);
    Set<String> said = new LinkedHashSet<>(asked.isEmpty() ? question : asked);
    if (!voices.isEmpty() && !voices.terms().containsAll(said)) {
      said.removeAll(voices.terms());
    }
    Ranked ranked = rank(within, chunk.episodeId(), said, voices, QuotePicker.MAX_QUOTES);
    List<Quote> found = ranked.places();
    if (found.isEmpty()) {
      return placed;
    }
    Quote moment = found.get(0);
    List<Quote> out = new ArrayList<>();
    Quote first = DiscussionStart.of(moment, ranked.read()).orElse(moment);
    out.add(new Quote(first.passage(), first.text(), first.terms(), lead.score()));
    if (first != moment && news.isNew(moment, out)) {
      out.add(moment);
    }
    for (Quote quote : placed) {
      if (out.size() < QuotePicker.MAX_QUOTES && news.isNew(quote, out)) {
        out.add(quote);
      }
    }
    // Where the answer is said again, elsewhere in the episode, fills the places left.
    for (Quote also : found.subList(1, found.size())) {
      if (out.size() < QuotePicker.MAX_QUOTES
          && also.score() >= ALSO_SHARE * moment.score()
          && out.stream().noneMatch(q -> sameEpisodeNear(q, also))
          && news.isNew(also, out)) {
        out.add(also);
      }
    }
    return out;
  }

  /**
   * The transcript quote of {@code episodeId} that answers {@code question} (analyzed, without its
   * function words) best, scored from 0 to 1 + {@link #SENTENCE_WEIGHT}; only from a passage whose
   * best sentence holds a word of the question. Empty when the episode has no transcript.
   */
  Optional<Quote> best(Retrieval retrieval, String episodeId, Set<String> question) {
    return ranked(retrieval, episodeId, question, 1).stream().findFirst();
  }

  /**
   * Up to {@code places} transcript quotes of {@code episodeId} that answer {@code question} best,
   * best first, each at another place of the episode ({@link #APART_SECONDS} from the others), as
   * {@link #best} scores them.
   */
  List<Quote> ranked(Retrieval retrieval, String episodeId, Set<String> question, int places) {
    return rank(retrieval, episodeId, question, AskedSpeakers.NONE, places).places();
  }

  /**
   * The best places ({@link #ranked}) and every quote read to find them, which includes each quote
   * scoring at least {@link DiscussionStart#SHARE} of the best.
   */
  private Ranked rank(
      Retrieval retrieval,
      String episodeId,
      Set<String> question,
      AskedSpeakers voices,
      int places) {
    if (question.isEmpty()) {
      return new Ranked(List.of(), List.of());
    }
    List<Passage> found =
        moments.transcriptBest(retrieval, episodeId, RANKS).stream()
            .filter(p -> inRanks(p.denseRank()) || inRanks(p.lexicalRank()))
            .toList();
    double nearest = found.stream().mapToDouble(p -> orZero(p.cosine())).max().orElse(0);
    double strongest = found.stream().mapToDouble(p -> orZero(p.bm25())).max().orElse(0);
    // Sentences are read best bound first, and no further once no passage can enter the ranks.
    List<Scored> bounded = new ArrayList<>();
    for (Passage passage : found) {
      double searched =
          DENSE_WEIGHT * share(passage.cosine(), nearest)
              + LEXICAL_WEIGHT * share(passage.bm25(), strongest);
      // The opening may preview the episode; a later passage scoring a share of it goes first.
      double weight = Openings.isOpening(passage.chunk()) ? Openings.WITHIN_EPISODE_SHARE : 1;
      bounded.add(new Scored(passage, searched, weight, voices.isEmpty() ? 1 : voices.most()));
    }
    bounded.sort(Comparator.comparingDouble(Scored::bound).reversed());
    Map<String, Double> rarity = found.isEmpty() ? Map.of() : moments.rarity(question);
    List<Quote> best = new ArrayList<>();
    List<DiscussionStart.Read> read = new ArrayList<>();
    for (Scored candidate : bounded) {
      Chunk chunk = candidate.passage().chunk();
      if (best.size() >= places && candidate.bound() <= best.get(places - 1).score()) {
        // The places are settled; only where the best one's discussion starts is still read.
        Quote first = best.get(0);
        if (candidate.bound() < DiscussionStart.SHARE * first.score()) {
          break;
        }
        if (!DiscussionStart.startsBefore(chunk, first)) {
          continue;
        }
      }
      QuoteText.Best said =
          text.bestWeighted(
              chunk,
              question,
              rarity,
              s -> (askedAloud.test(chunk, s) ? ASKED_ALOUD_WEIGHT : 1) * voices.weight(chunk, s));
      double score =
          candidate.weight()
              * voices.weight(chunk, said.text())
              * (candidate.searched() + SENTENCE_WEIGHT * said.covered());
      if (said.covered() > 0) {
        Quote quote = new Quote(candidate.passage(), said.text(), text.termsOf(said.text()), score);
        read.add(new DiscussionStart.Read(quote, said.covered()));
        enter(best, quote, places);
      }
    }
    return new Ranked(best, read);
  }

  /** The best places of an episode, best first, and every quote read to find them. */
  private record Ranked(List<Quote> places, List<DiscussionStart.Read> read) {}

  /**
   * Puts {@code quote} in {@code ranks} (best first, at most {@code places}) when it beats a quote
   * there, in place of those at the same place of the episode when it beats them all.
   */
  private static void enter(List<Quote> ranks, Quote quote, int places) {
    List<Quote> near = ranks.stream().filter(q -> near(q, quote)).toList();
    if (near.stream().anyMatch(q -> q.score() >= quote.score())) {
      return;
    }
    ranks.removeAll(near);
    int at = 0;
    while (at < ranks.size() && ranks.get(at).score() >= quote.score()) {
      at++;
    }
    ranks.add(at, quote);
    if (ranks.size() > places) {
      ranks.remove(ranks.size() - 1);
    }
  }

  private static boolean near(Quote a, Quote b) {
    return Math.abs(a.passage().chunk().startSeconds() - b.passage().chunk().startSeconds())
        < APART_SECONDS;
  }

  /**
   * A passage's score from the two searches, the weight its place in the episode keeps, and the
   * most a sentence's speaker can weigh.
   */
  private record Scored(Passage passage, double searched, double weight, double voice) {

    /** The most the passage can score, were its best sentence to hold the whole question. */
    double bound() {
      return weight * voice * (searched + SENTENCE_WEIGHT);
    }
  }

  private static boolean sameEpisodeNear(Quote a, Quote b) {
    return a.passage().chunk().episodeId().equals(b.passage().chunk().episodeId())
        && a.passage().chunk().timed()
        && near(a, b);
  }

  private static boolean inRanks(int rank) {
    return rank > 0 && rank <= RANKS;
  }

  private static double share(double value, double best) {
    return best <= 0 ? 0 : orZero(value) / best;
  }

  private static double orZero(double value) {
    return Double.isNaN(value) ? 0 : value;
  }
}
