package dev.podcastqa.cli;

import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.Config;
import dev.podcastqa.config.Setting;
import dev.podcastqa.follow.Follower;
import dev.podcastqa.ingest.Corpus;
import io.javalin.Javalin;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: builds or loads the index, then serves the API, web chat and episode pages. */
@Command(
    name = "serve",
    description = "Serves the HTTP API, the web chat and episode pages over the episodes folder.")
final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin ConfigOptions options;

  @Option(names = "--port", paramLabel = "PORT", description = "Port (default 7070, or PORT).")
  Integer port;

  @Override
  public Integer call() throws InterruptedException {
    Map<Setting, String> overrides =
        port == null ? Map.of() : Map.of(Setting.PORT, String.valueOf(port));
    Config config = options.load(overrides);
    // Before the index is read, which can take minutes: a busy port is known at once.
    FreePort.check(config.host(), config.port());
    Application app = new Application(config);
    Pipeline pipeline = app.open();
    logProblems(pipeline.corpus());
    if (pipeline.catalog().size() == 0) {
      LOG.warn(
          "No episodes in {} yet: put transcripts or episode pages there, or follow a feed"
              + " (podcast-qa feeds add URL)",
          config.episodesDir());
    }
    Follower follower = app.follower(pipeline);
    Javalin web = app.web(pipeline, follower).start(config.host(), config.port());
    follower.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  web.stop();
                  follower.close();
                  pipeline.close();
                  stopped.countDown();
                },
                "shutdown"));
    LOG.info(
        "Serving {} episodes ({} passages, {} answers) at http://localhost:{}/",
        pipeline.catalog().size(),
        pipeline.store().chunkCount(),
        pipeline.answers().mode(),
        web.port());
    logDiscord(config);
    stopped.await();
    return 0;
  }

  /**
   * One warning per source that could not be read, as {@code file:line: reason}, and one per
   * episode whose clock times were not read as times.
   */
  static void logProblems(Corpus corpus) {
    corpus.problems().forEach(problem -> LOG.warn("{}", problem));
    UnreadTimes.in(corpus).forEach(unread -> LOG.warn("{}", unread.line()));
  }

  private static void logDiscord(Config config) {
    if (config.discord().interactionsEnabled()) {
      LOG.info("Discord interactions at {}/discord/interactions", config.baseUrl());
    } else {
      LOG.info("Discord interactions are off: set PODCASTQA_DISCORD_PUBLIC_KEY to turn them on");
    }
    if (config.discord().webhookEnabled()) {
      LOG.info("Share to Discord is on (PODCASTQA_DISCORD_WEBHOOK_URL)");
    }
  }
}
