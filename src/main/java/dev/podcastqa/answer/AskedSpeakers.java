package dev.podcastqa.answer;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.index.Chunk;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The speakers of an episode that a question names ("What does Wes think about conventional
 * commits?", "What did Justin say about ..."): people the transcript labels, named by a capitalised
 * word of the question other than its first. What they say is the answer; a passage where someone
 * else says their name ("with me, as always, is Wes") is not. So inside the episode, their name is
 * no word of the question a sentence must hold, and their own sentences weigh more.
 *
 * @param labels the transcript's labels of the speakers named, as it writes them ("Wes Bos")
 * @param terms the analyzed words of the question that name them
 */
record AskedSpeakers(Set<String> labels, Set<String> terms) {

  /** A question that names no speaker of the episode. */
  static final AskedSpeakers NONE = new AskedSpeakers(Set.of(), Set.of());

  /**
   * A passage whose best sentence the named speaker says scores this many times as much (and the
   * sentence holds this many times its share of the question's words): it is their view, where a
   * sentence about the topic in another voice is not.
   */
  static final double SPOKEN_WEIGHT = 1.25;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** What is not part of a name at a word's ends: punctuation and a possessive "'s". */
  private static final Pattern AROUND = Pattern.compile("^[^\\p{L}]+|(['’]s)?[^\\p{L}]*$");

  AskedSpeakers {
    labels = Set.copyOf(labels);
    terms = Set.copyOf(terms);
  }

  /**
   * The speakers of {@code transcript} that {@code question} names: each capitalised word of the
   * question after its first that is a word of a named (not anonymous) label, in any case. A word
   * that is part of two labels names neither ("Dan" of "Dan Abramov" and "Dan Shappir").
   */
  static AskedSpeakers of(String question, List<Segment> transcript, QuoteText text) {
    Set<String> labels = new LinkedHashSet<>();
    for (Segment segment : transcript) {
      String label = CitationFactory.named(segment.speaker());
      if (label != null) {
        labels.add(label);
      }
    }
    if (labels.isEmpty()) {
      return NONE;
    }
    Set<String> named = new LinkedHashSet<>();
    Set<String> terms = new LinkedHashSet<>();
    String[] words = WHITESPACE.split(question.strip());
    for (int i = 1; i < words.length; i++) {
      String word = AROUND.matcher(words[i]).replaceAll("");
      if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
        continue;
      }
      List<String> naming = labels.stream().filter(l -> wordsOf(l).contains(lower(word))).toList();
      if (naming.size() == 1) {
        named.add(naming.get(0));
        // A name the analyzer reads as a common word ("Wes" as "we") is no term to leave out.
        terms.addAll(text.termsOf(word));
      }
    }
    return named.isEmpty() ? NONE : new AskedSpeakers(named, terms);
  }

  /** The words of a label, in lower case, without punctuation. */
  private static Set<String> wordsOf(String label) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : WHITESPACE.split(label.strip())) {
      String bare = AROUND.matcher(word).replaceAll("");
      if (!bare.isEmpty()) {
        words.add(lower(bare));
      }
    }
    return words;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /**
   * These speakers, or none when a word naming them is among {@code titled}, the words naming the
   * episode: a guest the title names speaks most of the episode, and the question's other words
   * find where they say it.
   */
  AskedSpeakers besides(Set<String> titled) {
    return terms.stream().anyMatch(titled::contains) ? NONE : this;
  }

  boolean isEmpty() {
    return labels.isEmpty();
  }

  /** Whether {@code sentence} of {@code chunk} is said by a speaker the question names. */
  boolean says(Chunk chunk, String sentence) {
    String speaker = CitationFactory.speaker(chunk, sentence);
    return speaker != null && labels.contains(speaker);
  }

  /** The most a sentence weighs for who says it. */
  double most() {
    return SPOKEN_WEIGHT;
  }

  /** How much more {@code sentence} of {@code chunk} weighs for who says it. */
  double weight(Chunk chunk, String sentence) {
    return says(chunk, sentence) ? SPOKEN_WEIGHT : 1;
  }
}
