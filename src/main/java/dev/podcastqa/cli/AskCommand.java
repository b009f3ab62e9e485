package dev.podcastqa.cli;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Question;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.ConfigException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ask}: answers one question from the episodes, citing episode and timestamp. */
@Command(
    name = "ask",
    description = "Answers a question from the episodes, with numbered citations and timestamps.")
final class AskCommand implements Callable<Integer> {

  @Mixin ConfigOptions options;

  @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question.")
  List<String> words = new ArrayList<>();

  @Option(names = "--json", description = "Print the answer contract's JSON.")
  boolean json;

  @Option(names = "--episode", paramLabel = "ID", description = "Only this episode.")
  String episode;

  @Option(names = "--podcast", paramLabel = "NAME", description = "Only this podcast.")
  String podcast;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (ISO).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (ISO).")
  LocalDate to;

  @Option(
      names = "--discord-webhook",
      paramLabel = "URL",
      description = "Also post the answer to this Discord channel webhook.")
  String discordWebhook;

  @Option(
      names = {"-v", "--verbose"},
      description = "Log progress to stderr.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    // Validated before anything is loaded, so a bad question fails at once.
    Question question = new Question(String.join(" ", words), null, episode, podcast, from, to);
    if (discordWebhook != null && !discordWebhook.matches("https?://\\S+")) {
      throw new ConfigException("--discord-webhook must be an https:// webhook URL");
    }
    Verbosity.quietUnless(verbose);
    Application app = new Application(options.load());
    PrintWriter out = spec.commandLine().getOut();
    try (Pipeline pipeline = app.open()) {
      Answer answer = pipeline.answers().answer(question);
      if (json) {
        out.println(app.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(answer));
        out.flush();
      } else {
        new AnswerPrinter(app.config().baseUrl()).print(answer, out);
      }
      if (discordWebhook != null) {
        app.discordApi()
            .executeWebhook(discordWebhook, app.discordMessages().answer(answer, question.text()));
        spec.commandLine().getErr().println("Posted the answer to the Discord webhook.");
        spec.commandLine().getErr().flush();
      }
    }
    return 0;
  }
}
