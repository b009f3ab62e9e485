package dev.podcastqa.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a signed interaction this service reads: its type, the application and token to
 * reply with, and for a command its name and option values.
 *
 * @param id Discord's id of this interaction, null if the request has none
 * @param command null unless the interaction is a command (or its autocomplete)
 * @param customId the {@code custom_id} of the button clicked, null unless a component was
 * @param focused the option being typed in an autocomplete interaction, else null
 */
record Interaction(
    String id,
    int type,
    String applicationId,
    String token,
    String command,
    Map<String, String> options,
    String customId,
    String focused) {

  static final int PING = 1;
  static final int APPLICATION_COMMAND = 2;
  static final int MESSAGE_COMPONENT = 3;
  static final int AUTOCOMPLETE = 4;

  Interaction {
    options = Map.copyOf(options);
  }

  /** The value of option {@code name}, or null when the user left it out. */
  String option(String name) {
    return options.get(name);
  }

  /** Reads the JSON body of an interaction request (already verified as Discord's). */
  static Interaction parse(byte[] body, ObjectMapper mapper) {
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (IOException e) {
      throw new UnsupportedInteractionException("The interaction is not valid JSON.");
    }
    if (tree == null || !tree.path("type").isInt()) {
      throw new UnsupportedInteractionException("The interaction has no type.");
    }
    JsonNode data = tree.path("data");
    Map<String, String> options = new LinkedHashMap<>();
    String focused = null;
    for (JsonNode option : data.path("options")) {
      JsonNode value = option.path("value");
      if (option.path("name").isTextual() && value.isValueNode()) {
        options.put(option.path("name").textValue(), value.asText());
        if (option.path("focused").asBoolean(false)) {
          focused = option.path("name").textValue();
        }
      }
    }
    return new Interaction(
        tree.path("id").isTextual() ? tree.get("id").textValue() : null,
        tree.get("type").intValue(),
        tree.path("application_id").asText(null),
        tree.path("token").asText(null),
        data.path("name").asText(null),
        options,
        data.path("custom_id").isTextual() ? data.get("custom_id").textValue() : null,
        focused);
  }

  /** True when the ids needed to edit the reply are present and well formed. */
  boolean canBeRepliedTo() {
    return applicationId != null
        && token != null
        && DiscordApi.SNOWFLAKE.matcher(applicationId).matches()
        && DiscordApi.TOKEN.matcher(token).matches();
  }
}
