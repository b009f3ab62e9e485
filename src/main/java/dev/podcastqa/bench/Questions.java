package dev.podcastqa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The questions the benchmark asks: lines of {@code bench/question.txt} about topics the corpus
 * talks about, drawn from their own seed so they never depend on how big the corpus is.
 */
final class Questions {

  private Questions() {}

  static List<String> make(Grammar grammar, long seed, int count) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    List<String> topics = grammar.list("topic");
    List<String> questions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String topic = topics.get(random.nextInt(topics.size()));
      questions.add(grammar.pick("question", random, Map.of("topic", topic)));
    }
    return questions;
  }
}
