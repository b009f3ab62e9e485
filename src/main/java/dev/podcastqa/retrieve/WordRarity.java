package dev.podcastqa.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tells everyday English words from specific ones (names, technical terms, rare words). A question
 * about a specific word the corpus never uses is about something the episodes do not cover; an
 * everyday word it never uses is usually just phrasing.
 *
 * <p>Rarity comes from the word-piece vocabulary of the BERT tokenizer that ships with the
 * embedding models (LangChain4j's {@code bert-vocabulary-en.txt}): its whole words are listed
 * roughly from most to least frequent, and rarer words are not in it at all.
 */
public final class WordRarity {

  /** Vocabulary lines before this one hold everyday words (about the 6,000 most frequent). */
  static final int EVERYDAY_RANK = 8000;

  private static final String VOCABULARY = "/bert-vocabulary-en.txt";
  private static final String QUESTION_WORDS = "/retrieve/question-words.txt";

  private final Map<String, Integer> ranks;
  private final Set<String> questionWords;

  WordRarity(Map<String, Integer> ranks, Set<String> questionWords) {
    this.ranks = Map.copyOf(ranks);
    this.questionWords = Set.copyOf(questionWords);
  }

  /** Loads the vocabulary and the list of question words from the classpath. */
  public static WordRarity load() {
    Map<String, Integer> ranks = new HashMap<>();
    int line = 0;
    for (String word : lines(VOCABULARY)) {
      line++;
      ranks.putIfAbsent(word, line);
    }
    Set<String> questionWords = new HashSet<>();
    for (String word : lines(QUESTION_WORDS)) {
      if (!word.isBlank() && !word.startsWith("#")) {
        questionWords.add(word.strip());
      }
    }
    return new WordRarity(ranks, questionWords);
  }

  /** Whether {@code word} (lower case, as written) names something specific. */
  public boolean isSpecific(String word) {
    if (questionWords.contains(word) || word.length() < 3) {
      return false;
    }
    if (word.chars().allMatch(Character::isDigit)) {
      return word.length() >= 4;
    }
    return ranks.getOrDefault(word, Integer.MAX_VALUE) >= EVERYDAY_RANK;
  }

  /** Whether {@code word} only frames the question ("referenced", "episode"). */
  public boolean isQuestionWord(String word) {
    return questionWords.contains(word);
  }

  private static Iterable<String> lines(String resource) {
    try (InputStream in = WordRarity.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
