package dev.podcastqa.cli;

import dev.podcastqa.config.Config;
import dev.podcastqa.follow.Subscriptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code feeds add|remove|list}: edits and shows the feeds {@code serve} follows. */
@Command(
    name = "feeds",
    description =
        "Lists, adds and removes the feeds serve follows (feeds.txt in the episodes folder).",
    subcommands = {FeedsCommand.List.class, FeedsCommand.Add.class, FeedsCommand.Remove.class})
final class FeedsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static Subscriptions subscriptions(Config config) {
    return new Subscriptions(config.follow().feeds(), config.episodesDir());
  }

  /** {@code feeds list}: every followed feed, one a line; lines that name none go to stderr. */
  @Command(name = "list", description = "Prints every followed feed, one a line.")
  static final class List implements Callable<Integer> {

    @Mixin ConfigOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Subscriptions.Listed listed = subscriptions(options.load()).read();
      PrintWriter out = spec.commandLine().getOut();
      listed.urls().forEach(out::println);
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      listed.problems().forEach(problem -> err.println("warning: " + problem));
      err.flush();
      return 0;
    }
  }

  /** {@code feeds add URL}: appends the feed to {@code feeds.txt}. */
  @Command(
      name = "add",
      description =
          "Follows a feed: adds its URL to feeds.txt (serve picks it up at its next look).")
  static final class Add implements Callable<Integer> {

    @Mixin ConfigOptions options;

    @Parameters(paramLabel = "URL", description = "The feed's http(s) URL.")
    String url;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Subscriptions subscriptions = subscriptions(options.load());
      boolean added = subscriptions.add(url);
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          added
              ? "Following " + url.strip() + " (in " + subscriptions.file() + ")."
              : "Already following " + url.strip() + ".");
      out.flush();
      return 0;
    }
  }

  /** {@code feeds remove URL}: takes the feed out of {@code feeds.txt}. */
  @Command(
      name = "remove",
      description = "Stops following a feed: removes its URL from feeds.txt; its episodes go too.")
  static final class Remove implements Callable<Integer> {

    @Mixin ConfigOptions options;

    @Parameters(paramLabel = "URL", description = "The feed's URL, as listed.")
    String url;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Subscriptions subscriptions = subscriptions(options.load());
      boolean removed = subscriptions.remove(url);
      PrintWriter out = spec.commandLine().getOut();
      if (removed) {
        out.println("No longer following " + url.strip() + ".");
      }
      if (subscriptions.inSetting(url)) {
        spec.commandLine()
            .getErr()
            .println("error: " + url.strip() + " is named by PODCASTQA_FEEDS; remove it there");
        spec.commandLine().getErr().flush();
        out.flush();
        return Failures.USAGE;
      }
      if (!removed) {
        spec.commandLine()
            .getErr()
            .println("error: " + url.strip() + " is not in " + subscriptions.file());
        spec.commandLine().getErr().flush();
        return Failures.USAGE;
      }
      out.flush();
      return 0;
    }
  }
}
