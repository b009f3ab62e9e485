package dev.podcastqa.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.podcastqa.answer.Templates;
import dev.podcastqa.answer.Turn;
import dev.podcastqa.episode.Timecode;
import dev.podcastqa.index.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model's prompts, rendered from the files in {@code prompts/}: the system prompt, the answer
 * prompt with its numbered passages (each with its episode title and time), and the prompt that
 * rewrites a follow-up into a standalone question from the conversation so far.
 */
final class Prompts {

  static final String SYSTEM = "system.txt";
  static final String ANSWER = "answer.txt";
  static final String PASSAGE = "passage.txt";
  static final String PASSAGE_UNTIMED = "passage-untimed.txt";
  static final String CONDENSE = "condense.txt";
  static final String CONDENSE_TURN = "condense-turn.txt";

  private final Templates templates;

  Prompts(Templates templates) {
    this.templates = templates;
  }

  /** Loads and checks every prompt, so a missing or broken one stops start-up. */
  static Templates require(Templates templates) {
    Set<String> passage = Set.of("n", "episode", "time", "text");
    Set<String> untimed = Set.of("n", "episode", "text");
    Set<String> answer = Set.of("passages", "question");
    Set<String> condense = Set.of("history", "question");
    Set<String> turn = Set.of("question", "answer");
    return templates
        .require(SYSTEM, Set.of())
        .require(ANSWER, answer, answer)
        .require(PASSAGE, passage, Set.of("n", "text"))
        .require(PASSAGE_UNTIMED, untimed, Set.of("n", "text"))
        .require(CONDENSE, condense, condense)
        .require(CONDENSE_TURN, turn, Set.of("question"));
  }

  /** The system prompt, then the question with {@code passages} numbered from 1. */
  List<ChatMessage> answer(NumberedPassages passages, String question) {
    List<String> blocks = new ArrayList<>();
    for (int n = 1; n <= passages.count(); n++) {
      blocks.add(passage(n, passages));
    }
    String prompt =
        templates.render(
            ANSWER, Map.of("passages", String.join("\n\n", blocks), "question", question));
    return List.of(
        SystemMessage.from(templates.render(SYSTEM, Map.of())), UserMessage.from(prompt));
  }

  /** The request to rewrite {@code question} so it stands alone after {@code history}. */
  List<ChatMessage> condense(List<Turn> history, String question) {
    List<String> turns = new ArrayList<>();
    for (Turn turn : history) {
      turns.add(
          templates.render(
              CONDENSE_TURN, Map.of("question", turn.question(), "answer", turn.answer())));
    }
    String prompt =
        templates.render(
            CONDENSE, Map.of("history", String.join("\n\n", turns), "question", question));
    return List.of(UserMessage.from(prompt));
  }

  private String passage(int n, NumberedPassages passages) {
    Chunk chunk = passages.chunk(n);
    String episode = passages.episodeTitle(n);
    if (!chunk.timed()) {
      return templates.render(
          PASSAGE_UNTIMED,
          Map.of("n", String.valueOf(n), "episode", episode, "text", chunk.text()));
    }
    return templates.render(
        PASSAGE,
        Map.of(
            "n",
            String.valueOf(n),
            "episode",
            episode,
            "time",
            Timecode.format(chunk.startSeconds()),
            "text",
            chunk.text()));
  }
}
