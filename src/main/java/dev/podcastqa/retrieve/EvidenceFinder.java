package dev.podcastqa.retrieve;

import dev.podcastqa.index.ChunkStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds a question's {@link TermEvidence}: which of its specific words the corpus lacks, and how
 * much of its wording the best passages hold, weighting each word by its rarity (IDF).
 */
public final class EvidenceFinder {

  /** Passages, best first, looked at for lexical support. */
  static final int PASSAGES = 5;

  /**
   * Passages, best first, whose words together count for the rare-word coverage, with BM25's first
   * hit when it holds the rarer words ({@link #rareHeld}).
   */
  static final int RARE_PASSAGES = 3;

  /** Shortest stem checked for spelling variants ("behaviour" finds "behavior"). */
  static final int VARIANT_PREFIX = 5;

  private final QueryTerms terms;
  private final WordRarity rarity;
  private final ChunkStore store;
  private final SentenceEvidence sentences;
  private final SpokenSpellings spellings;
  private final Function<String, String> episodeTitles;

  /** A finder that knows no episode's title. */
  public EvidenceFinder(QueryTerms terms, WordRarity rarity, ChunkStore store) {
    this(terms, rarity, store, id -> "");
  }

  /**
   * @param episodeTitles an episode's title by its id ("" when unknown): words of a passage's
   *     episode for {@link TermEvidence#wordsApart()}, as its chapter title (the chunk's context)
   *     is
   */
  public EvidenceFinder(
      QueryTerms terms,
      WordRarity rarity,
      ChunkStore store,
      Function<String, String> episodeTitles) {
    this.terms = terms;
    this.rarity = rarity;
    this.store = store;
    this.sentences = new SentenceEvidence(terms);
    this.spellings = new SpokenSpellings(rarity::isSpecific);
    this.episodeTitles = episodeTitles;
  }

  /**
   * {@code question} as the first {@link #PASSAGES} passages spell it: each of its words that no
   * chunk has, and that one of those passages writes otherwise ("emax" for "Emacs", "chat bot" for
   * "chatbot"; {@link SpokenSpellings}), replaced by the passage's spelling. A caption transcript
   * misspells names, and the question's spelling would read as a word the episodes never say. A
   * word of a name of two or more words is also looked for in the chunks that say the rest of the
   * name ({@link NamePhrases#chunksNaming}), which need not be among the best passages.
   */
  public String asSaid(String question, List<Passage> passages) {
    return heard(question, passages).text();
  }

  /**
   * {@code question} as {@link #asSaid} reads it, with the chunk counts of its words: counted once
   * when no word is spelled otherwise (most questions), so {@link #find(Heard, List)} asks the
   * store nothing again.
   */
  Heard heard(String question, List<Passage> passages) {
    Counted counted = counted(question);
    List<String> absent = new ArrayList<>();
    counted
        .stemOfWord()
        .forEach(
            (word, stem) -> {
              if (counted.frequency(stem) == 0
                  && !terms.isFunctionWord(word)
                  && !rarity.isQuestionWord(word)) {
                absent.add(word);
              }
            });
    if (absent.isEmpty()) {
      return new Heard(question, counted);
    }
    List<String> texts = new ArrayList<>();
    for (Passage passage : passages.subList(0, Math.min(PASSAGES, passages.size()))) {
      texts.add(passage.chunk().context() + "\n" + passage.chunk().text());
    }
    texts.addAll(NamePhrases.chunksNaming(store, question, absent));
    String said = spellings.asSaid(question, absent, texts);
    return new Heard(said, said.equals(question) ? counted : counted(said));
  }

  public TermEvidence find(String question, List<Passage> passages) {
    return find(new Heard(question, counted(question)), passages);
  }

  /** The evidence for {@code heard}, from the chunk counts it was heard with. */
  TermEvidence find(Heard heard, List<Passage> passages) {
    String question = heard.text();
    Counted counted = heard.counted();
    Map<String, String> stemOfWord = counted.stemOfWord();
    Map<String, Integer> frequencies = counted.frequencies();
    List<String> missing = new ArrayList<>();
    Map<String, Double> weights = new LinkedHashMap<>();
    double[] idfSum = {0};
    double chunks = Math.max(1, store.chunkCount());
    stemOfWord.forEach(
        (word, stem) -> {
          int frequency = frequencies.getOrDefault(stem, 0);
          if (rarity.isQuestionWord(word)) {
            return;
          }
          idfSum[0] += Math.log(1 + (chunks - frequency + 0.5) / (frequency + 0.5));
          // "what", "does", "her": no fact a passage could lack or hold.
          if (terms.isFunctionWord(word)) {
            return;
          }
          weights.put(stem, Math.log((chunks + 1) / (frequency + 0.5)));
          if (frequency == 0
              && !hasVariant(stem)
              && (rarity.isSpecific(word) || AnswerSignals.viewOfName(question, word))) {
            missing.add(word);
          }
        });
    SentenceEvidence.Reading reading =
        sentences.read(question, stemOfWord, weights, passages, Math.log((chunks + 1) / 0.5));
    // Each of the first passages' words, analysed once for the four signals that read them.
    List<Set<String>> held = held(passages);
    Set<String> rareHeld = rareHeld(held, passages, SentenceEvidence.rarerHalf(weights).keySet());
    return new TermEvidence(
        missing,
        PassageTerms.support(weights, held),
        PassageTerms.rareCoverage(weights, rareHeld),
        PassageTerms.uncovered(weights, rareHeld, chunks),
        idfSum[0],
        reading.support(),
        reading.uncovered(),
        reading.lacksAskedKind(),
        reading.askedSlotEmpty(),
        reading.rareSentence(),
        reading.best(),
        reading.lacking(),
        Double.NaN,
        0,
        PassageTerms.apart(weights, titled(held, passages)));
  }

  /**
   * Each of {@code held} (the words of the first passages) with the words of its passage's episode
   * title: a question about an episode's guest ("Where is Taylor Gerring from?") finds the name
   * together in the title when the speakers say only "Taylor", and is no question whose words are
   * found apart.
   */
  private List<Set<String>> titled(List<Set<String>> held, List<Passage> passages) {
    Map<String, Set<String>> titles = new java.util.HashMap<>();
    List<Set<String>> titled = new ArrayList<>();
    for (int i = 0; i < held.size(); i++) {
      Set<String> title =
          titles.computeIfAbsent(
              passages.get(i).chunk().episodeId(), id -> terms.of(episodeTitles.apply(id)));
      if (title.isEmpty()) {
        titled.add(held.get(i));
      } else {
        Set<String> words = new HashSet<>(held.get(i));
        words.addAll(title);
        titled.add(words);
      }
    }
    return titled;
  }

  /**
   * The analysed words {@code passage} says, its chunk's context included, without the clauses in
   * which a speaker admits not knowing something ({@link AdmittedIgnorance}): "I forget what the
   * exact title of the blog post was" holds no title.
   */
  private Set<String> said(Passage passage) {
    return terms.of(
        passage.chunk().context() + "\n" + AdmittedIgnorance.without(passage.chunk().text()));
  }

  /** The analysed words of each of the first {@link #PASSAGES} passages, chunk context included. */
  private List<Set<String>> held(List<Passage> passages) {
    List<Set<String>> held = new ArrayList<>();
    for (Passage passage : passages.subList(0, Math.min(PASSAGES, passages.size()))) {
      held.add(said(passage));
    }
    return held;
  }

  /**
   * The words the first {@link #RARE_PASSAGES} passages hold between them, and those of the BM25
   * search's first hit wherever fusion placed it, when it holds each of the question's rarer half
   * of words ({@code rarerHalf}): a passage saying a question's rare words verbatim is BM25's first
   * by far, but one the dense search missed scores no more in fusion than a dense first alone, and
   * chunks both searches rank halfway outscore it. One holding only some of them is what a
   * near-miss finds (the company named, the fact asked about it not), and does not count.
   */
  private Set<String> rareHeld(
      List<Set<String>> held, List<Passage> passages, Set<String> rarerHalf) {
    Set<String> all = new HashSet<>();
    held.subList(0, Math.min(RARE_PASSAGES, held.size())).forEach(all::addAll);
    for (int i = RARE_PASSAGES; i < passages.size(); i++) {
      Passage passage = passages.get(i);
      if (passage.lexicalRank() == 1) {
        Set<String> its = i < held.size() ? held.get(i) : said(passage);
        if (its.containsAll(rarerHalf)) {
          all.addAll(its);
        }
      }
    }
    return all;
  }

  /** Each word of {@code question} with its first stem, and how many chunks hold each stem. */
  private Counted counted(String question) {
    Map<String, String> stemOfWord = new LinkedHashMap<>();
    for (String word : terms.words(question)) {
      if (word.codePointCount(0, word.length()) < 2) {
        // "e" in "spelled without an e", "4" in "Llama 4": rare as a token, yet no topic.
        continue;
      }
      terms.of(word).stream().findFirst().ifPresent(stem -> stemOfWord.put(word, stem));
    }
    return new Counted(stemOfWord, store.documentFrequencies(stemOfWord.values()));
  }

  /** A question as the passages spell it, and the chunk counts of its words. */
  record Heard(String text, Counted counted) {}

  /** A question's words by stem, and the chunk count of each stem. */
  record Counted(Map<String, String> stemOfWord, Map<String, Integer> frequencies) {

    int frequency(String stem) {
      return frequencies.getOrDefault(stem, 0);
    }
  }

  /**
   * Whether {@code word} (lower case, as written) names something specific ({@link WordRarity}).
   */
  boolean isSpecific(String word) {
    return rarity.isSpecific(word);
  }

  /**
   * The share, weighted by rarity, of {@code target}'s words that {@code by} also uses: 1 when
   * every word of a chapter title appears in a quote.
   */
  public double coverage(String target, String by) {
    Set<String> wanted = terms.of(target);
    if (wanted.isEmpty()) {
      return 0;
    }
    Map<String, Integer> frequencies = store.documentFrequencies(wanted);
    Set<String> held = terms.of(by);
    double chunks = Math.max(1, store.chunkCount());
    double total = 0;
    double covered = 0;
    for (String term : wanted) {
      double weight = Math.log((chunks + 1) / (frequencies.getOrDefault(term, 0) + 0.5));
      total += weight;
      if (held.contains(term)) {
        covered += weight;
      }
    }
    return total == 0 ? 0 : covered / total;
  }

  /**
   * Whether the corpus spells {@code stem} another way: a longer form ("behaviour" against
   * "behavior") or a shorter stem it starts with ("generalis" against "gener").
   */
  private boolean hasVariant(String stem) {
    if (stem.length() < VARIANT_PREFIX) {
      return false;
    }
    if (store.hasTermStartingWith(stem.substring(0, Math.max(VARIANT_PREFIX, stem.length() - 2)))) {
      return true;
    }
    List<String> shorter = new ArrayList<>();
    for (int length = stem.length() - 1; length >= VARIANT_PREFIX; length--) {
      shorter.add(stem.substring(0, length));
    }
    return store.documentFrequencies(shorter).values().stream().anyMatch(df -> df > 0);
  }
}
