package dev.podcastqa.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The slash commands this service answers, {@code /ask} with its required {@code question} and
 * optional {@code episode}, as defined in {@code discord/commands.json} inside the jar.
 */
public final class SlashCommands {

  private static final String RESOURCE = "/discord/commands.json";

  private final DiscordApi api;
  private final ObjectMapper mapper;

  public SlashCommands(DiscordApi api, ObjectMapper mapper) {
    this.api = api;
    this.mapper = mapper;
  }

  /**
   * Registers the commands with Discord, globally or in one guild, by overwriting the whole list:
   * running it again leaves the same single {@code /ask}.
   *
   * @param guildId null for global commands
   * @return the names of the commands Discord now has in that scope
   */
  public List<String> register(String applicationId, String guildId) {
    return api.overwriteCommands(applicationId, guildId, definitions());
  }

  JsonNode definitions() {
    try (InputStream in = SlashCommands.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
