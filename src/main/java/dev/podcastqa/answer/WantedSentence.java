package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sentence a question's form asks for, when it asks for one: "what is X" wants the sentence
 * that explains X, and a question of fact ("who", "where did", "when did", "how many") the sentence
 * that states one ({@link FactKind}). A chapter title or reference names a topic without saying
 * either, so for such a question it weighs less, and the sentence that explains or states, when one
 * covers the question, more.
 *
 * @param whatIs whether the question asks what something is
 * @param fact the kind of fact the question asks for, if any
 * @param question the question as asked
 */
record WantedSentence(boolean whatIs, Optional<FactKind> fact, String question) {

  /** Weight kept by a bare title when the question asks what something is or for a fact. */
  static final double TITLE_WEIGHT = 0.85;

  /** Weight given to a sentence that explains or states what the question asks for. */
  static final double WANTED_WEIGHT = 1.15;

  /** "Who is Moon Duchin?": asks who a named person is, as "what is" asks what a thing is. */
  private static final Pattern ASKS_WHO_SOMEONE_IS =
      Pattern.compile("(?i:who(?:'s|’s| is| was))(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,4}\\s*\\??");

  private static final Pattern EXPLAINING =
      Pattern.compile("(?i)\\b(is|are|was|means|refers to|describes|is called)\\b");

  WantedSentence {
    if (fact == null || question == null) {
      throw new IllegalArgumentException("fact and question are required");
    }
  }

  /** What {@code question}'s form asks for. */
  static WantedSentence of(String question) {
    return new WantedSentence(asksWhatItIs(question), FactKind.of(question), question);
  }

  /** Whether the question asks for a sentence of a kind at all. */
  boolean asksForOne() {
    return whatIs || fact.isPresent();
  }

  /**
   * The weight of a quote of {@code chunk} saying {@code sentence}, which covers {@code covered} of
   * the question's words, when the question asks what something is: less for a title, more for the
   * sentence that explains, else 1. A question of fact keeps every weight: a name, place or number
   * is in too many sentences to rank them by.
   */
  double weight(Chunk chunk, String sentence, double covered) {
    if (!whatIs) {
      return 1;
    }
    if (isTitle(chunk)) {
      return TITLE_WEIGHT;
    }
    return covered > 0 && explains(sentence) ? WANTED_WEIGHT : 1;
  }

  /**
   * Whether {@code quote} is the wanted kind of sentence (never a title); {@code beyondName} when
   * it holds a word of the question other than the episode's name.
   */
  boolean wants(Quote quote, boolean beyondName) {
    return asksForOne() && !isTitle(quote.passage().chunk()) && says(quote.text(), beyondName);
  }

  /**
   * Whether {@code sentence} explains or states what is asked. A place, a time or a number states
   * the fact only beside a word of the question other than the episode's name ("Where did Neel
   * study?" is not answered by where Neel works); the people a "who" question asks for are named
   * beside its subject, which is often the episode's name ("Who founded Goodfire?").
   */
  private boolean says(String sentence, boolean beyondName) {
    if (whatIs) {
      return explains(sentence);
    }
    return fact.filter(kind -> kind == FactKind.WHO || beyondName)
        .map(kind -> kind.statedIn(sentence, question))
        .orElse(false);
  }

  static boolean isTitle(Chunk chunk) {
    return chunk.kind() == ChunkKind.CHAPTER || chunk.kind() == ChunkKind.REFERENCE;
  }

  /** Whether {@code sentence} explains something: "X is ...", "X means ...", "X refers to ...". */
  static boolean explains(String sentence) {
    return EXPLAINING.matcher(sentence).find();
  }

  /** Whether the question asks what something is, so a sentence explaining it is wanted. */
  static boolean asksWhatItIs(String question) {
    String q = question.strip().toLowerCase(Locale.ROOT);
    return q.startsWith("what is ")
        || q.startsWith("what are ")
        || q.startsWith("what's ")
        || q.startsWith("what was ")
        || q.startsWith("define ")
        || q.startsWith("explain ")
        || (q.startsWith("what does ") && q.contains(" mean"))
        || ASKS_WHO_SOMEONE_IS.matcher(question.strip()).matches();
  }
}
