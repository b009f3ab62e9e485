package dev.podcastqa.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON answer to an interaction request: PONG to a PING, a deferred reply while the answer is
 * worked out, or a message at once.
 *
 * @param data null, or the message of a {@link #CHANNEL_MESSAGE} response
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InteractionResponse(int type, DiscordMessage data) {

  static final int PONG = 1;
  static final int CHANNEL_MESSAGE = 4;
  static final int DEFERRED_CHANNEL_MESSAGE = 5;

  static InteractionResponse pong() {
    return new InteractionResponse(PONG, null);
  }

  /** "The app is thinking": the reply is edited in later. */
  static InteractionResponse deferred() {
    return new InteractionResponse(DEFERRED_CHANNEL_MESSAGE, null);
  }

  static InteractionResponse message(DiscordMessage message) {
    return new InteractionResponse(CHANNEL_MESSAGE, message);
  }
}
