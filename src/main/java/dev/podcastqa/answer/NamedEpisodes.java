package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.retrieve.NamePhrases;
import dev.podcastqa.retrieve.Passage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The episodes among a question's passages that say a name of two or more words the question writes
 * ({@link NamePhrases}): "Who is Justin Levitt?" is answered by the episode where someone says
 * "Justin Levitt", not by one where "Justin" is a host whose every mention sounds like an answer to
 * "who is". Inside such an episode a passage need not repeat the name (the guest is "she" by then),
 * so the episode, not the passage, is what says it.
 */
final class NamedEpisodes {

  /**
   * Weight kept by a quote from an episode that says none of the question's names, while another
   * episode among the passages says one.
   */
  static final double UNNAMED_WEIGHT = 0.4;

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
    Set<String> saying = new HashSet<>();
    if (names.isEmpty()) {
      return new NamedEpisodes(saying);
    }
    for (Passage passage : passages) {
      Chunk chunk = passage.chunk();
      if (!saying.contains(chunk.episodeId())
          && names.stream()
              .anyMatch(
                  name ->
                      NamePhrases.says(chunk.text(), name)
                          || NamePhrases.says(naming.apply(chunk), name))) {
        saying.add(chunk.episodeId());
      }
    }
    return new NamedEpisodes(saying);
  }

  /**
   * 1 for a chunk of an episode that says a name of the question, or when none does; else {@link
   * #UNNAMED_WEIGHT}.
   */
  double weight(Chunk chunk) {
    return saying.isEmpty() || saying.contains(chunk.episodeId()) ? 1 : UNNAMED_WEIGHT;
  }
}
