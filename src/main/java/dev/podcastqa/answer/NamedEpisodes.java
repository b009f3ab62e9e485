package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.retrieve.NamePhrases;
import dev.podcastqa.retrieve.Passage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The episodes among a question's passages that say a name of two or more words the question writes
 * ({@link NamePhrases}): "Who is Justin Levitt?" is answered by the episode where someone says
 * "Justin Levitt", not by one where "Justin" is a host whose every mention sounds like an answer to
 * "who is". Inside such an episode a passage need not repeat the name (the guest is "she" by then),
 * so the episode, not the passage, is what says it. A question that writes no such name is read for
 * names of one word ("Why did Moritz clone his sister's voice?", "Shopify", "Mensa"), leaving out
 * those most of the passages' episodes say ("AI").
 */
final class NamedEpisodes {

  /**
   * Weight kept by a quote from an episode that says none of the question's names, while another
   * episode among the passages says one.
   */
  static final double UNNAMED_WEIGHT = 0.4;

  /** A capitalized word after the question's first. */
  private static final Pattern CAPITALIZED = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\p{N}.&'’-]*");

  private final Set<String> saying;

  private NamedEpisodes(Set<String> saying) {
    this.saying = saying;
  }

  /**
   * The episodes of {@code passages} that say a name {@code question} writes, in a passage or in
   * the words that name the episode ({@code naming}: its title and podcast).
   */
  static NamedEpisodes of(String question, List<Passage> passages, Function<Chunk, String> naming) {
    List<List<String>> names = NamePhrases.of(question);
    boolean single = names.isEmpty();
    if (single) {
      // A longer name says more than a word: "AI" beside "White House" would let any show on AI in.
      names = singleNames(question);
    }
    Map<List<String>, Predicate<String>> sayers = new HashMap<>();
    for (List<String> name : names) {
      sayers.put(name, sayer(name, single));
    }
    Map<String, Set<List<String>>> said = new HashMap<>();
    for (Passage passage : passages) {
      Chunk chunk = passage.chunk();
      sayers.forEach(
          (name, says) -> {
            if (says.test(chunk.text()) || says.test(naming.apply(chunk))) {
              said.computeIfAbsent(chunk.episodeId(), id -> new HashSet<>()).add(name);
            }
          });
    }
    // A one-word name most of the passages' episodes say ("AI" in a corpus of AI shows) tells
    // none of them apart: only the rarer names count ("Bratton" beside "AI").
    long episodes = passages.stream().map(p -> p.chunk().episodeId()).distinct().count();
    Set<List<String>> common = new HashSet<>();
    if (single) {
      for (List<String> name : names) {
        if (2 * said.values().stream().filter(its -> its.contains(name)).count() > episodes) {
          common.add(name);
        }
      }
    }
    Set<String> saying = new HashSet<>();
    said.forEach(
        (episode, its) -> {
          if (!common.containsAll(its)) {
            saying.add(episode);
          }
        });
    return new NamedEpisodes(saying);
  }

  /**
   * The names of one word {@code question} writes ("Bratton", "Shopify", "Mensa"), each as its
   * spellings: a capitalized word of two letters or more, not its first word (every question
   * capitalizes it). A word of a place ending in "an" is also said as the place: "American" by
   * "America", "African" by "Africa".
   */
  static List<List<String>> singleNames(String question) {
    List<List<String>> names = new ArrayList<>();
    Matcher m = CAPITALIZED.matcher(question);
    while (m.find()) {
      String bare = m.group().replaceAll("(?:'s|’s|[.,;:&-])+$", "");
      if (bare.length() >= 2) {
        names.add(
            bare.endsWith("an") && bare.length() > 4
                ? List.of(bare, bare.substring(0, bare.length() - 1))
                : List.of(bare));
      }
    }
    return names;
  }

  /** Whether a text says {@code name}: its words in a row, or one of its spellings. */
  private static Predicate<String> sayer(List<String> name, boolean spellings) {
    return spellings
        ? name.stream()
            .map(spelling -> NamePhrases.sayer(List.of(spelling)))
            .reduce(Predicate::or)
            .orElse(text -> false)
        : NamePhrases.sayer(name);
  }

  /**
   * 1 for a chunk of an episode that says a name of the question, or when none does; else {@link
   * #UNNAMED_WEIGHT}.
   */
  double weight(Chunk chunk) {
    return saying.isEmpty() || saying.contains(chunk.episodeId()) ? 1 : UNNAMED_WEIGHT;
  }
}
