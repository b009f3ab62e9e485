package dev.podcastqa.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON answer to an interaction request: PONG to a PING, a deferred reply while the answer is
 * worked out, a message at once, or the choices for an option being typed.
 *
 * @param data null, the {@link DiscordMessage} of a {@link #CHANNEL_MESSAGE} response (or the flags
 *     of a deferred one), or the {@link Choices} of an {@link #AUTOCOMPLETE_RESULT}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InteractionResponse(int type, Object data) {

  static final int PONG = 1;
  static final int CHANNEL_MESSAGE = 4;
  static final int DEFERRED_CHANNEL_MESSAGE = 5;
  static final int AUTOCOMPLETE_RESULT = 8;

  public InteractionResponse {
    if (data != null && !(data instanceof DiscordMessage) && !(data instanceof Choices)) {
      throw new IllegalArgumentException("not interaction response data: " + data.getClass());
    }
  }

  static InteractionResponse pong() {
    return new InteractionResponse(PONG, null);
  }

  /** "The app is thinking": the reply is edited in later. */
  static InteractionResponse deferred() {
    return new InteractionResponse(DEFERRED_CHANNEL_MESSAGE, null);
  }

  /** "The app is thinking", seen only by the user who asked: the reply is edited in later. */
  static InteractionResponse deferredEphemeral() {
    return new InteractionResponse(DEFERRED_CHANNEL_MESSAGE, DiscordMessage.text("").ephemeral());
  }

  static InteractionResponse choices(List<Choice> choices) {
    return new InteractionResponse(AUTOCOMPLETE_RESULT, new Choices(choices));
  }

  /** The choices offered for an option while the user types it. */
  public record Choices(List<Choice> choices) {
    public Choices {
      choices = List.copyOf(choices);
    }
  }

  /** One choice: what the user sees, and the value the option gets. */
  public record Choice(String name, String value) {}

  static InteractionResponse message(DiscordMessage message) {
    return new InteractionResponse(CHANNEL_MESSAGE, message);
  }
}
