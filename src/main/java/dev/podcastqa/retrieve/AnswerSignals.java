package dev.podcastqa.retrieve;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signals that say whether a retrieval found an answer, each from a different angle: how close
 * in meaning the best passage is, how well BM25 matches, how many of the question's rarer words the
 * passages hold, whether the dense and lexical searches agree, and how far the best passage stands
 * out from the next.
 *
 * @param cosine the best passage's cosine similarity to the question
 * @param margin the best dense cosine minus the second best
 * @param bm25 the best BM25 score over the sum of the question's IDFs (about 0 to 1)
 * @param support the largest rarity-weighted share of the question's words one passage holds
 * @param rareCoverage the rarity-weighted share of the question's rarer words the top passages hold
 * @param uncovered the rarity of the rarest question word the top passages all lack (0 to 1)
 * @param agreement the share of the first fused passages that both searches ranked high
 * @param missingWord 1 when the question names something specific no chunk mentions, else 0
 * @param sentenceSupport as support, for the best one or two consecutive sentences
 * @param sentenceUncovered as uncovered, for those sentences
 * @param lacksAskedKind 1 when a question after a number or name finds none in the best sentences
 * @param focusGain how much closer the nearest passage comes without the question's lacking words
 * @param askedSlot 1 when the kind of answer asked for (a sum, a count, a length of time, a share,
 *     a date) is in none of the best sentences ({@link AskedSlot})
 * @param rareSentence the rarity-weighted share of the question's rarer half of words that one
 *     sentence window holds
 * @param missingName 1 when the question writes a name that no chunk says: a word no chunk has,
 *     written as a name, or a name of two or more words no chunk says as such ({@link
 *     TermEvidence#missingPhrase()})
 * @param askedName 1 when the question asks for a name ("who", "which") and none of the best
 *     sentences holds a capitalized word it does not use: the name slot of {@link AskedSlot}, apart
 *     from the others because speech is full of names, so it is filled for the wrong reasons
 */
public record AnswerSignals(
    double cosine,
    double margin,
    double bm25,
    double support,
    double rareCoverage,
    double uncovered,
    double agreement,
    double missingWord,
    double sentenceSupport,
    double sentenceUncovered,
    double lacksAskedKind,
    double focusGain,
    double askedSlot,
    double rareSentence,
    double missingName,
    double askedName) {

  /** Fused passages looked at for agreement. */
  static final int AGREEMENT_PASSAGES = 5;

  /** A rank this high in a search counts as that search finding the passage. */
  static final int AGREEMENT_RANK = 10;

  /** Words capitalized by convention that name no thing: months and weekdays. */
  private static final Set<String> CALENDAR =
      Set.copyOf(ResourceLines.of("/retrieve/calendar-words.txt"));

  /** What opens the object of a question after a view: "think of", "say about", "opinion on". */
  private static final Pattern VIEW_OF =
      Pattern.compile(
          "\\b(?:think|thinks|thought|make|makes|made|say|says|said|feel|feels|felt)\\s+(?:of|about)"
              + "\\b|\\b(?:view|views|opinion|opinions|take|stance|position)\\s+(?:of|on)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The signals' names, in the order of {@link #values()}. */
  public static final List<String> NAMES =
      List.of(
          "cosine",
          "margin",
          "bm25",
          "support",
          "rareCoverage",
          "uncovered",
          "agreement",
          "missingWord",
          "sentenceSupport",
          "sentenceUncovered",
          "lacksAskedKind",
          "focusGain",
          "askedSlot",
          "rareSentence",
          "missingName",
          "askedName");

  /** The signals of {@code retrieval}. */
  public static AnswerSignals of(Retrieval retrieval) {
    List<Passage> passages = retrieval.passages();
    TermEvidence evidence = retrieval.evidence();
    List<Double> cosines =
        passages.stream()
            .filter(Passage::foundByDense)
            .sorted(Comparator.comparingInt(Passage::denseRank))
            .map(Passage::cosine)
            .toList();
    double best = cosines.isEmpty() ? 0 : cosines.get(0);
    double margin = cosines.size() < 2 ? best : best - cosines.get(1);
    double bm25 =
        passages.stream()
            .filter(Passage::foundByLexical)
            .mapToDouble(Passage::bm25)
            .max()
            .orElse(0);
    double bm25Share = evidence.idfSum() <= 0 ? 0 : Math.min(1.5, bm25 / evidence.idfSum());
    List<Passage> top = passages.subList(0, Math.min(AGREEMENT_PASSAGES, passages.size()));
    long both =
        top.stream()
            .filter(p -> p.foundByDense() && p.denseRank() <= AGREEMENT_RANK)
            .filter(p -> p.foundByLexical() && p.lexicalRank() <= AGREEMENT_RANK)
            .count();
    boolean asksName = AskedSlot.of(retrieval.question()) == AskedSlot.NAME;
    return new AnswerSignals(
        best,
        margin,
        bm25Share,
        evidence.lexicalSupport(),
        evidence.rareCoverage(),
        evidence.uncovered(),
        top.isEmpty() ? 0 : (double) both / AGREEMENT_PASSAGES,
        evidence.missingSpecificWords().isEmpty() ? 0 : 1,
        evidence.sentenceSupport(),
        evidence.sentenceUncovered(),
        evidence.lacksAskedKind(),
        Double.isNaN(evidence.focusGain()) ? 0 : evidence.focusGain(),
        asksName ? 0 : evidence.askedSlotEmpty(),
        evidence.rareSentence(),
        Math.max(
            missingName(retrieval.question(), evidence.missingSpecificWords()),
            evidence.missingPhrase() == 1 ? 1 : 0),
        AskedSlot.nameEmpty(retrieval.question(), evidence.bestSentences()));
  }

  /**
   * 1 when one of {@code missing} (words no chunk has) is written as a name in {@code question}:
   * capitalized, and not its first word. "What lessons does he draw from the coup in Chile?" names
   * a place the episodes never mention; "porridge" in a paraphrase is only a word they do not use.
   */
  static double missingName(String question, List<String> missing) {
    for (String word : missing) {
      String notFirst = "(?<=\\S\\s)" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])";
      Matcher written = Pattern.compile(notFirst, Pattern.CASE_INSENSITIVE).matcher(question);
      while (written.find()) {
        if (Character.isUpperCase(written.group().charAt(0))) {
          return 1;
        }
      }
    }
    return 0;
  }

  /**
   * Whether {@code question} asks for a view of {@code word} (lower case) and writes it as a name:
   * after "think of", "say about", "make of", "opinion on" and the like, capitalized ({@link
   * #missingName}), and no month or weekday ({@link #CALENDAR}). A view of a thing no episode names
   * is a view no episode gives: "What does he think of the Julia language?", "What does Davidson
   * say about the failed 2016 coup attempt in Turkey?", though "julia" and "turkey" are common
   * enough words for {@link WordRarity} to take them for phrasing. Elsewhere in a question such a
   * word may be the asker's name for what the speakers call otherwise, so it stays phrasing.
   */
  static boolean viewOfName(String question, String word) {
    Matcher view = VIEW_OF.matcher(question);
    return !CALENDAR.contains(word)
        && view.find()
        && missingName(question.substring(view.start()), List.of(word)) == 1;
  }

  /** The signals in the order of {@link #NAMES}. */
  public double[] values() {
    return new double[] {
      cosine,
      margin,
      bm25,
      support,
      rareCoverage,
      uncovered,
      agreement,
      missingWord,
      sentenceSupport,
      sentenceUncovered,
      lacksAskedKind,
      focusGain,
      askedSlot,
      rareSentence,
      missingName,
      askedName
    };
  }
}
