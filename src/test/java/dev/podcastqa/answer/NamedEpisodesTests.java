package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.Passage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NamedEpisodesTests {

  private static final Map<String, String> TITLES =
      Map.of(
          "haskell", "Moritz Angermann Haskell Interlude",
          "quiz", "Wait Wait Don't Tell Me",
          "coups", "Tom Davidson on AI-enabled coups",
          "bratton", "Alignment w/ Benjamin Bratton",
          "money", "Planet Money");

  private static final Function<Chunk, String> NAMING = c -> TITLES.get(c.episodeId());

  @Test
  void anEpisodeThatSaysAOneWordNameTheQuestionWritesLeadsOnesThatDoNot() {
    Chunk quiz = chunk("quiz", "She has to rest her voice once every forty years.");
    Chunk haskell = chunk("haskell", "My mom called me, and then I cloned my sister's voice.");

    NamedEpisodes sayers =
        NamedEpisodes.of(
            "Why did Moritz clone his sister's voice?", passages(quiz, haskell), NAMING);

    assertThat(sayers.weight(haskell)).as("its title says Moritz").isEqualTo(1);
    assertThat(sayers.weight(quiz)).isEqualTo(NamedEpisodes.UNNAMED_WEIGHT);
  }

  @Test
  void theQuestionsFirstWordAndSingleLettersAreNoNames() {
    Chunk quiz = chunk("quiz", "Why not? I think so.");
    Chunk haskell = chunk("haskell", "Cross-compiling is hard.");

    NamedEpisodes sayers =
        NamedEpisodes.of("Why do I need to cross compile?", passages(quiz, haskell), NAMING);

    assertThat(sayers.weight(haskell)).isEqualTo(1);
    assertThat(sayers.weight(quiz)).isEqualTo(1);
  }

  @Test
  void aOneWordNameMostOfTheEpisodesSayTellsNoneApart() {
    Chunk coups = chunk("coups", "AI could make executive coups more plausible.");
    Chunk bratton = chunk("bratton", "A reflection of human values is what they want AI to be.");
    Chunk money = chunk("money", "The AI ethics people are talking about something else.");

    NamedEpisodes sayers =
        NamedEpisodes.of(
            "Why does Bratton think making AI reflect human values is a bad idea?",
            passages(coups, bratton, money),
            NAMING);

    assertThat(sayers.weight(bratton)).isEqualTo(1);
    assertThat(sayers.weight(coups))
        .as("saying AI, which all three say, is not saying Bratton")
        .isEqualTo(NamedEpisodes.UNNAMED_WEIGHT);
  }

  @Test
  void aLongerNameLeavesTheOneWordNamesOut() {
    Chunk coups = chunk("coups", "The White House might use AI to stay in power.");
    Chunk quiz = chunk("quiz", "We asked an AI to write the limericks.");
    Chunk money = chunk("money", "Nobody here has heard of it.");

    NamedEpisodes sayers =
        NamedEpisodes.of(
            "What does the White House ask about AI?", passages(coups, quiz, money), NAMING);

    assertThat(sayers.weight(coups)).isEqualTo(1);
    assertThat(sayers.weight(quiz))
        .as("AI is a word of the question's, but the name is White House")
        .isEqualTo(NamedEpisodes.UNNAMED_WEIGHT);
  }

  @Test
  void aPlaceWordEndingInAnIsSaidByThePlace() {
    Chunk money = chunk("money", "Zoos in South America asked for the animals.");
    Chunk quiz = chunk("quiz", "Nobody here has been to a zoo.");

    NamedEpisodes sayers =
        NamedEpisodes.of("Which American zoos asked for animals?", passages(money, quiz), NAMING);

    assertThat(sayers.weight(money)).isEqualTo(1);
    assertThat(sayers.weight(quiz)).isEqualTo(NamedEpisodes.UNNAMED_WEIGHT);
  }

  @Test
  void whenNoPassageSaysTheNameNoEpisodeLosesWeight() {
    Chunk quiz = chunk("quiz", "The panel answers questions about the news.");
    Chunk money = chunk("money", "Prices went up.");

    NamedEpisodes sayers =
        NamedEpisodes.of("Why are some Mensa members unhappy?", passages(quiz, money), NAMING);

    assertThat(sayers.weight(quiz)).isEqualTo(1);
    assertThat(sayers.weight(money)).isEqualTo(1);
  }

  private static List<Passage> passages(Chunk... chunks) {
    List<Passage> found = new java.util.ArrayList<>();
    for (int i = 0; i < chunks.length; i++) {
      found.add(new Passage(chunks[i], 1.0 / (61 + i), 0.5, 3, i + 1, i + 1));
    }
    return found;
  }

  private static Chunk chunk(String episodeId, String text) {
    return new Chunk(
        episodeId + "/1", episodeId, ChunkKind.TRANSCRIPT, 100, 160, null, "", text, null);
  }
}
