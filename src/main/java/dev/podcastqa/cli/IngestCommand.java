package dev.podcastqa.cli;

import dev.podcastqa.app.Application;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import dev.podcastqa.episode.Timecode;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.source.Problem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ingest}: reads sources and prints the episodes found and every problem met. */
@Command(
    name = "ingest",
    description = {
      "Reads episode pages, transcripts, feeds and sidecars and prints what was found.",
      "Exit code 0 when every source was read, 1 when some could not be (listed on stderr).",
      "Notes on stderr (an episode titled from its file name, or with clock times",
      "in its text none of which was read as a time) leave the exit code at 0."
    })
final class IngestCommand implements Callable<Integer> {

  /** Titles longer than this are cut in the table; {@code --json} prints them whole. */
  private static final int MAX_TITLE = 48;

  @Mixin ConfigOptions options;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH|URL",
      description = "Files, folders or http(s) URLs (default: the episodes folder).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--json", description = "Print the episodes and problems as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Application app = new Application(options.load());
    Corpus corpus = app.readCorpus(inputs);
    List<UnreadTimes> unread = UnreadTimes.inSources(corpus);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          app.mapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(IngestReport.of(corpus)));
      out.flush();
    } else {
      printTable(corpus, unread.size(), out);
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Problem problem : corpus.problems()) {
      err.println(problem.note() ? "note: " + problem : problem.toString());
    }
    unread.forEach(times -> err.println(times.line()));
    if (corpus.episodes().isEmpty() && corpus.problems().isEmpty()) {
      String read =
          inputs.isEmpty() ? app.config().episodesDir().toString() : String.join(", ", inputs);
      err.println(
          "note: nothing to read in "
              + read
              + ": put transcripts (WebVTT, SRT, JSON, text with timestamps) or episode pages"
              + " there, or follow a feed (podcast-qa feeds add URL)");
    }
    err.flush();
    return failures(corpus) == 0 ? 0 : 1;
  }

  /** The table of {@code corpus}'s episodes, and a count of its problems and notes. */
  private static void printTable(Corpus corpus, int unreadTimes, PrintWriter out) {
    TextTable table =
        new TextTable(
            "EPISODE",
            "TITLE",
            "PODCAST",
            "DATE",
            "DURATION",
            "CHAP",
            "REFS",
            "SEGS",
            "FIRST",
            "LAST",
            "SPK",
            "SOURCES");
    for (Episode e : corpus.episodes()) {
      List<Segment> transcript = corpus.transcripts().of(e.id());
      table.row(
          e.id(),
          shortened(e.title()),
          e.podcastName().orElse("-"),
          e.published() == null ? "-" : e.published().toString(),
          e.durationSeconds() == null ? "-" : Timecode.format(e.durationSeconds()),
          String.valueOf(e.chapters().size()),
          String.valueOf(e.references().size()),
          String.valueOf(transcript.size()),
          transcript.isEmpty() ? "-" : second(transcript.get(0)),
          transcript.isEmpty() ? "-" : second(transcript.get(transcript.size() - 1)),
          String.valueOf(IngestReport.EpisodeRow.speakers(transcript).size()),
          String.join(", ", e.sources().stream().map(IngestCommand::sourceName).toList()));
    }
    table.print(out);
    long notes = corpus.problems().size() - failures(corpus) + unreadTimes;
    out.printf(
        "%d episodes, %d problems%s%n",
        corpus.episodes().size(),
        failures(corpus),
        notes == 0 ? "" : ", " + notes + (notes == 1 ? " note" : " notes"));
    out.flush();
  }

  /** The problems that are failures to read, not notes. */
  private static long failures(Corpus corpus) {
    return corpus.problems().stream().filter(problem -> !problem.note()).count();
  }

  /** A segment's start as whole seconds, the form a citation's deep link uses. */
  private static String second(Segment segment) {
    return String.valueOf((long) Math.floor(segment.startSeconds()));
  }

  private static String shortened(String title) {
    return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "\u2026";
  }

  private static String sourceName(Source source) {
    return source.fileName() + " (" + source.format() + ")";
  }
}
