package dev.podcastqa.feedback;

import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups questions into topics by their content words: each question's words, without function
 * words and the words every podcast question uses, stemmed ("grokking" and "grok" are one topic); a
 * topic counts the questions that use it and is shown in its commonest written form.
 */
final class Topics {

  static final int MOST = 15;
  static final int EXAMPLES = 3;
  private static final int SHORTEST = 3;

  private final Set<String> stopWords = Set.copyOf(load());

  List<ListenerReport.Topic> mostAsked(List<String> questions) {
    Map<String, List<String>> questionsByStem = new HashMap<>();
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    try (QueryTerms terms = new QueryTerms()) {
      for (String question : questions) {
        Set<String> seen = new LinkedHashSet<>();
        for (String word : terms.words(question)) {
          if (word.length() < SHORTEST
              || stopWords.contains(word)
              || word.chars().allMatch(Character::isDigit)) {
            continue;
          }
          String stem = terms.of(word).stream().findFirst().orElse(word);
          spellings.computeIfAbsent(stem, s -> new HashMap<>()).merge(word, 1, Integer::sum);
          if (seen.add(stem)) {
            questionsByStem.computeIfAbsent(stem, s -> new ArrayList<>()).add(question);
          }
        }
      }
    }
    return questionsByStem.entrySet().stream()
        .map(
            e ->
                new ListenerReport.Topic(
                    commonest(spellings.get(e.getKey())),
                    e.getValue().size(),
                    e.getValue().stream().distinct().limit(EXAMPLES).toList()))
        .sorted(
            Comparator.comparingInt(ListenerReport.Topic::questions)
                .reversed()
                .thenComparing(ListenerReport.Topic::term))
        .limit(MOST)
        .toList();
  }

  private static String commonest(Map<String, Integer> spellings) {
    return spellings.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow()
        .getKey();
  }

  private static List<String> load() {
    return ResourceLines.of("/feedback/topic-stop-words.txt");
  }
}
