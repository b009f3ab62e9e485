package dev.podcastqa.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A question's words in the spelling its episodes use: a listener writes "colour" or "behaviour"
 * where the transcript says "color" and "behavior" (or the other way round), and then neither
 * search within the episode nor a sentence's share of the question finds the word. Each word is
 * respelled the other side of the Atlantic's way ("-our"/"-or", "-ise"/"-ize", "-yse"/"-yze",
 * "-tre"/"-ter", "-ogue"/"-og") and the spelling more passages of the index use is kept.
 */
final class Spellings {

  /** Each rule turns one spelling into the other, in one direction. */
  private static final List<Rule> RULES =
      List.of(
          new Rule("(?<=[a-z]{2})our(?=(s|ed|ing|ite|ites|hood|ful|able)?$)", "or"),
          new Rule("(?<=[a-z]{2}[^aeiou])or(?=(s|ed|ing|ite|ites|hood|ful|able)?$)", "our"),
          new Rule("(?<=[a-z]{3})is(?=(e|ed|es|ing|ation|ations)$)", "iz"),
          new Rule("(?<=[a-z]{3})iz(?=(e|ed|es|ing|ation|ations)$)", "is"),
          new Rule("(?<=[a-z])ys(?=(e|ed|es|ing)$)", "yz"),
          new Rule("(?<=[a-z])yz(?=(e|ed|es|ing)$)", "ys"),
          new Rule("(?<=[a-z]{2}[^aeiou])tre(?=s?$)", "ter"),
          new Rule("(?<=[a-z]{2}[^aeiou])ter(?=s?$)", "tre"),
          new Rule("(?<=[a-z]{3})ogue(?=s?$)", "og"),
          new Rule("(?<=[a-z]{3})og(?=s?$)", "ogue"));

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private Spellings() {}

  /** A question as the index spells it, and its analyzed terms. */
  record Respelled(String question, Set<String> terms) {
    Respelled {
      terms = Set.copyOf(terms);
    }
  }

  /**
   * {@code question}, whose analyzed terms (without its function words) are {@code terms}, with
   * each word that is one of those terms respelled where the other spelling is more common in the
   * index: its {@code rarity} (IDF, as {@link MomentFinder#rarity}) is lower.
   */
  static Respelled asIndexed(
      String question,
      Set<String> terms,
      QuoteText text,
      Function<Set<String>, Map<String, Double>> rarity) {
    Map<String, String> respellings = new LinkedHashMap<>();
    var words = WORD.matcher(question);
    while (words.find()) {
      String word = words.group();
      Set<String> analyzed = text.termsOf(word);
      if (analyzed.size() != 1 || !terms.containsAll(analyzed)) {
        continue;
      }
      for (String variant : variants(word.toLowerCase(Locale.ROOT))) {
        Set<String> other = text.termsOf(variant);
        if (other.size() == 1 && !other.equals(analyzed)) {
          respellings.put(word, variant);
        }
      }
    }
    if (respellings.isEmpty()) {
      return new Respelled(question, terms);
    }
    Set<String> looked = new LinkedHashSet<>();
    respellings.forEach(
        (word, variant) -> {
          looked.addAll(text.termsOf(word));
          looked.addAll(text.termsOf(variant));
        });
    Map<String, Double> rare = rarity.apply(looked);
    String spelled = question;
    Set<String> spelledTerms = new LinkedHashSet<>(terms);
    for (Map.Entry<String, String> e : respellings.entrySet()) {
      String term = text.termsOf(e.getKey()).iterator().next();
      String other = text.termsOf(e.getValue()).iterator().next();
      if (rare.containsKey(term) && rare.containsKey(other) && rare.get(other) < rare.get(term)) {
        spelled =
            spelled.replaceAll(
                "(?<!\\p{L})" + Pattern.quote(e.getKey()) + "(?!\\p{L})", e.getValue());
        spelledTerms.remove(term);
        spelledTerms.add(other);
      }
    }
    return new Respelled(spelled, spelledTerms);
  }

  /** The other spellings of a lower-case word, one a rule. */
  static List<String> variants(String word) {
    List<String> out = new ArrayList<>();
    for (Rule rule : RULES) {
      String other = rule.from().matcher(word).replaceFirst(rule.to());
      if (!other.equals(word)) {
        out.add(other);
      }
    }
    return out;
  }

  private record Rule(Pattern from, String to) {
    Rule(String from, String to) {
      this(Pattern.compile(from), to);
    }
  }
}
