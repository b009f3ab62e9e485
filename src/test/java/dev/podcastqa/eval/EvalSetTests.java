package dev.podcastqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.podcastqa.json.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading evaluation sets: every shape of question, and a clear error for each bad one. */
class EvalSetTests {

  private static final Path DIR = Path.of("src/test/resources/eval");

  @Test
  void readsEveryShapeOfQuestion() {
    List<EvalQuestion> questions = read("formats.json").questions();

    assertThat(questions)
        .containsExactly(
            EvalQuestion.at(
                "When do they talk about grokking?",
                "neel-nanda-mechanistic-interpretability",
                2966),
            new EvalQuestion(
                "Where did Neel study?",
                List.of(
                    "neural-networks-are-weird-neel-nanda-deepmind",
                    "neel-nanda-mechanistic-interpretability-sparse-autoencoders"),
                null,
                60,
                "notes",
                null,
                true),
            new EvalQuestion(
                "When does the studio interview begin?",
                List.of("neel-nanda-mechanistic-interpretability"),
                1276,
                20,
                "paraphrase",
                "while locating",
                true),
            new EvalQuestion(
                "What did Neel say about quantum computing?",
                List.of("neel-nanda-mechanistic-interpretability"),
                null,
                EvalQuestion.DEFAULT_TOLERANCE_SECONDS,
                "near-miss",
                "draft",
                false),
            EvalQuestion.unanswerable("How do I bake sourdough bread at home?", null, List.of()));
    assertThat(questions.get(0).toleranceSeconds())
        .isEqualTo(EvalQuestion.DEFAULT_TOLERANCE_SECONDS)
        .isEqualTo(60);
    assertThat(questions.get(1).expectsUntimed()).isTrue();
    assertThat(questions.get(3).expectsUntimed()).isFalse();
  }

  @Test
  void everyBadQuestionIsNamedByFileAndNumber() {
    InvalidEvalSetException e = invalid("bad-fields.json");
    String file = DIR.resolve("bad-fields.json") + ": question ";

    assertThat(e.file()).isEqualTo(DIR.resolve("bad-fields.json"));
    assertThat(e.problems())
        .containsExactly(
            file + "1: \"answerable\" is \"false\", not true or false",
            file + "2: unanswerable question has a \"second\"; only answerable questions have one",
            file + "3: \"second\" is 12.5, not a whole number of seconds",
            file + "4: has no \"question\" text",
            file + "5: \"episodes\" is not a list of episode ids",
            file + "6: is not an object",
            file + "7: \"second\" is negative: -1",
            file + "8: \"kind\" holds 3, not a string",
            file + "9: \"question\" is longer than the 2000 characters asked questions may be",
            file + "10: \"written\" is blank",
            file + "11: \"written\" holds [\"draft\"], not a string");
  }

  @Test
  void aFileThatIsNotJsonIsNamedWithTheLine() {
    assertThat(invalid("not-json.json").problems())
        .singleElement()
        .asString()
        .startsWith(DIR.resolve("not-json.json") + ": line 4, column ")
        .contains("not valid JSON");
  }

  @Test
  void aSetWithoutQuestionsIsRefused() {
    assertThat(invalid("empty.json").problems())
        .containsExactly(DIR.resolve("empty.json") + ": has no questions");
    assertThat(invalid("top-level-list.json").problems())
        .containsExactly(
            DIR.resolve("top-level-list.json") + ": no \"questions\" array at the top level");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThat(invalid("no-such-set.json").problems())
        .singleElement()
        .asString()
        .startsWith(DIR.resolve("no-such-set.json") + ": cannot read");
  }

  private static EvalSet read(String name) {
    return EvalSet.read(DIR.resolve(name), Json.newMapper());
  }

  private static InvalidEvalSetException invalid(String name) {
    InvalidEvalSetException e =
        catchThrowableOfType(() -> read(name), InvalidEvalSetException.class);
    assertThat(e).as(name + " should be refused").isNotNull();
    return e;
  }
}
