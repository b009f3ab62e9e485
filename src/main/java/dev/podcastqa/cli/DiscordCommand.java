package dev.podcastqa.cli;

import dev.podcastqa.app.Application;
import dev.podcastqa.config.Config;
import dev.podcastqa.config.ConfigException;
import dev.podcastqa.discord.SlashCommands;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code discord}: sets the service up in Discord; {@code discord register} adds {@code /ask}. */
@Command(
    name = "discord",
    description = "Sets up the Discord application.",
    subcommands = {DiscordCommand.Register.class})
final class DiscordCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code discord register [--guild ID]}: registers {@code /ask}; running it again is harmless.
   */
  @Command(
      name = "register",
      description = {
        "Registers the /ask command with Discord, globally or in one server (--guild).",
        "It overwrites the application's command list, so running it again changes nothing.",
        "Needs PODCASTQA_DISCORD_APP_ID and PODCASTQA_DISCORD_BOT_TOKEN."
      })
  static final class Register implements Callable<Integer> {

    @Mixin SettingsFile settings;

    @Option(
        names = "--guild",
        paramLabel = "ID",
        description = "Register in this server only (available at once; handy for testing).")
    String guild;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (guild != null && !guild.matches("\\d{1,20}")) {
        throw new ConfigException("--guild must be a server id (digits only), not " + guild);
      }
      Application app = new Application(settings.load(Map.of()));
      Config.Discord discord = app.config().discord();
      if (discord.appId().isBlank() || discord.botToken().isBlank()) {
        throw new ConfigException(
            "set PODCASTQA_DISCORD_APP_ID and PODCASTQA_DISCORD_BOT_TOKEN to register commands");
      }
      List<String> names =
          new SlashCommands(app.discordApi(), app.mapper()).register(discord.appId(), guild);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "Registered %s for application %s %s.%n",
          String.join(", ", names.stream().map(name -> "/" + name).toList()),
          discord.appId(),
          guild == null ? "globally" : "in server " + guild);
      out.flush();
      return 0;
    }
  }
}
