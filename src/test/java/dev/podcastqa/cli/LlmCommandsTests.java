package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.testing.FakeModelServer;
import dev.podcastqa.testing.FakeModelServer.Reply;
import dev.podcastqa.testing.PromptPassages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line in LLM mode, run in-process with settings from a properties file: {@code eval
 * --llm} against a fake model server, and start-up refusing missing or broken prompt files.
 */
class LlmCommandsTests {

  static final Path CORPUS = Path.of("src/test/resources/web/corpus");
  static final Path EVAL_SET = Path.of("src/test/resources/llm/eval-set.json");
  static final Path INDEX = Path.of("target/test-index/cli-llm");

  @TempDir Path temp;

  @Test
  void evalLlmReportsTheUsualFiguresPlusCitationSupport() throws IOException {
    try (FakeModelServer model = FakeModelServer.openAi()) {
      // Two citations its passages support, one they do not, one naming no passage.
      model.otherwise(
          request ->
              Reply.text(
                  PromptPassages.of(request).quoting(1, 2)
                      + " Bananas grow on tall trees in Iceland [3]. See also [9]."));
      Path settings = settings(Map.of("llm", "openai", "llm.base.url", model.baseUrl()));

      Run run = run("eval", "--llm", "--config", settings.toString(), "--set", EVAL_SET.toString());

      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("(3 answerable, 1 unanswerable), mode: llm")
          .contains("right episode at citation 1")
          .contains("moment within tolerance")
          .containsPattern("near-miss refused +100\\.0%  \\(1 of 1\\)")
          .contains("citation support      66.7%   (6 of 9 model citations supported")
          .contains("3 dropped, 3 naming no passage removed")
          .contains("model fallbacks     0 of 4 answers");
      assertThat(model.requests())
          .as("warm-up and 3 answerable; the gate kept the other")
          .hasSize(4);
    }
  }

  @Test
  void evalLlmWithoutAModelConfiguredIsAUsageError() throws IOException {
    Run run = run("eval", "--llm", "--config", settings(Map.of()).toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: PODCASTQA_LLM=none: eval --llm needs a model");
  }

  @Test
  void missingPromptFileStopsStartUpNamingTheFile() throws IOException {
    Path prompts = copyOfPrompts();
    Files.delete(prompts.resolve("condense.txt"));

    Run run = ask(prompts);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("error: prompt template " + prompts.resolve("condense.txt"))
        .contains("is missing");
  }

  @Test
  void answerPromptWithoutItsPassagesStopsStartUpNamingTheFile() throws IOException {
    Path prompts = copyOfPrompts();
    Files.writeString(prompts.resolve("answer.txt"), "Answer this: {{question}}\n");

    Run run = ask(prompts);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("error: prompt template " + prompts.resolve("answer.txt"))
        .contains("lacks placeholder(s) [passages]");
  }

  @Test
  void promptWithAPlaceholderTheCodeDoesNotFillStopsStartUp() throws IOException {
    Path prompts = copyOfPrompts();
    Files.writeString(prompts.resolve("system.txt"), "You are {{persona}}.\n");

    Run run = ask(prompts);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("system.txt uses unknown placeholder(s) [persona]");
  }

  @Test
  void modelModeWithoutAModelNameIsAUsageError() throws IOException {
    Map<String, String> noModel = Map.of("llm", "ollama", "llm.model", "");

    Run run = run("ask", "--config", settings(noModel).toString(), "What is grokking?");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: PODCASTQA_LLM_MODEL=: name a model");
  }

  private Run ask(Path prompts) throws IOException {
    Path settings = settings(Map.of("llm", "openai", "prompts.dir", prompts.toString()));
    return run("ask", "--config", settings.toString(), "What is grokking?");
  }

  /** A properties file over the web test corpus, with {@code more} added. */
  private Path settings(Map<String, String> more) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("episodes.dir=").append(CORPUS.toAbsolutePath()).append('\n');
    text.append("index.dir=").append(INDEX.toAbsolutePath()).append('\n');
    text.append("llm.model=fake-model\nllm.timeout.seconds=2\n");
    more.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    Path file = temp.resolve("podcastqa.properties");
    Files.writeString(file, text.toString().replace("\\", "\\\\"));
    return file;
  }

  private Path copyOfPrompts() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("prompts"));
    try (Stream<Path> files = Files.list(Path.of("prompts"))) {
      for (Path file : files.toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    return folder;
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Main.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int exit = command.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private record Run(int exit, String out, String err) {}
}
