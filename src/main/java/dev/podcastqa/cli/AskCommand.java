package dev.podcastqa.cli;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.FilterCheck;
import dev.podcastqa.answer.InvalidQuestionException;
import dev.podcastqa.answer.Question;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.ConfigException;
import dev.podcastqa.config.Setting;
import dev.podcastqa.ingest.source.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /**
   * Problems shown before the rest are counted, so a large broken folder does not bury the answer.
   */
  private static final int WARNINGS_SHOWN = 5;

  @Mixin ConfigOptions options;

  @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question.")
  List<String> words = new ArrayList<>();

  @Option(names = "--json", description = "Print the answer contract's JSON.")
  boolean json;

  @Option(names = "--episode", paramLabel = "ID", description = "Only this episode.")
  String episode;

  @Option(names = "--podcast", paramLabel = "NAME", description = "Only this podcast.")
  String podcast;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = IsoDate.class,
      description = "Published on or after this day (YYYY-MM-DD).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = IsoDate.class,
      description = "Published on or before this day (YYYY-MM-DD).")
  LocalDate to;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = {
        "Where the service is reached, for links to its episode pages (default:"
            + " PODCASTQA_PUBLIC_URL; without either, those links are left out)."
      })
  String baseUrl;

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
    if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
      throw new ConfigException("--base-url: '" + baseUrl + "' is not an http(s) URL");
    }
    Verbosity.quietUnless(verbose);
    Application app =
        new Application(
            options.load(baseUrl == null ? Map.of() : Map.of(Setting.PUBLIC_URL, baseUrl)));
    PrintWriter out = spec.commandLine().getOut();
    try (Pipeline pipeline = app.open()) {
      checkCorpus(pipeline, app.config().episodesDir());
      if (episode != null && pipeline.catalog().find(episode).isEmpty()) {
        throw new InvalidQuestionException("--episode: no episode has the id " + episode);
      }
      FilterCheck.check(question, pipeline.catalog())
          .ifPresent(
              refusal -> {
                String option = refusal.field().equals("podcast") ? "--podcast: " : "";
                throw new InvalidQuestionException(option + refusal.detail());
              });
      Answer answer = pipeline.answers().answer(question);
      if (json) {
        out.println(app.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(answer));
        out.flush();
      } else {
        new AnswerPrinter(app.config().publicUrl()).print(answer, out);
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

  /**
   * Says on stderr which sources could not be read, and stops when none could: an answer from no
   * episodes would only be "Not found", and the reason is the folder.
   */
  private void checkCorpus(Pipeline pipeline, Path episodes) {
    PrintWriter err = spec.commandLine().getErr();
    List<Problem> problems = pipeline.corpus().problems();
    problems.stream()
        .limit(WARNINGS_SHOWN)
        .forEach(problem -> err.println((problem.note() ? "note: " : "warning: ") + problem));
    if (problems.size() > WARNINGS_SHOWN) {
      err.printf(
          "warning: and %d more problems in the sources (podcast-qa ingest lists them all)%n",
          problems.size() - WARNINGS_SHOWN);
    }
    UnreadTimes.in(pipeline.corpus()).stream()
        .limit(WARNINGS_SHOWN)
        .forEach(unread -> err.println(unread.line()));
    err.flush();
    if (pipeline.catalog().size() == 0) {
      throw new ConfigException(
          "no episodes to answer from in "
              + episodes
              + " (--episodes DIR or PODCASTQA_EPISODES_DIR names the folder of transcripts and"
              + " pages)");
    }
  }
}
