package dev.podcastqa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.config.Config;
import dev.podcastqa.config.ConfigException;
import dev.podcastqa.feedback.FeedbackDatabase;
import dev.podcastqa.feedback.ListenerReport;
import dev.podcastqa.json.Json;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: what listeners asked, read from the feedback database {@code serve} keeps. */
@Command(
    name = "report",
    description = {
      "Prints what listeners asked over the web chat and Discord.",
      "The most-asked topics and chapters, the questions the episodes could not answer, and the"
          + " answers rated down.",
      "Reads the feedback database (PODCASTQA_FEEDBACK_DB, default feedback.db in the index"
          + " folder) while serve runs or after."
    })
final class ReportCommand implements Callable<Integer> {

  @Mixin ConfigOptions options;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Count only questions and thumbs from this day on (YYYY-MM-DD, UTC).")
  String since;

  @Option(names = "--json", description = "Print the report as JSON (as GET /api/admin/report).")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LocalDate from = since == null ? null : date(since);
    Config config = options.load();
    Path file = config.feedbackDatabase();
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(
          "no feedback database at "
              + file
              + " (serve creates it; check --index or "
              + "PODCASTQA_FEEDBACK_DB)");
    }
    ListenerReport report;
    try (FeedbackDatabase database = FeedbackDatabase.open(file)) {
      report = database.report(from);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = Json.newMapper();
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } else {
      new ListenerReportPrinter(out).print(report);
    }
    out.flush();
    return 0;
  }

  private static LocalDate date(String text) {
    try {
      return IsoDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--since: " + e.getMessage());
    }
  }
}
