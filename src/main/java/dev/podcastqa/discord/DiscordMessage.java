package dev.podcastqa.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A message as Discord's API takes it: content, embeds and flags. Every message carries {@code
 * allowed_mentions: {"parse": []}}, so no text from the corpus or a question can ping anyone.
 *
 * @param content at most {@link #MAX_CONTENT} characters
 * @param flags null, or Discord message flags (e.g. {@link #EPHEMERAL})
 * @param components rows of buttons under the message; empty for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscordMessage(
    @JsonInclude(JsonInclude.Include.NON_EMPTY) String content,
    List<Embed> embeds,
    Integer flags,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MessageComponents.ActionRow> components) {

  /** Longest message content Discord accepts. */
  public static final int MAX_CONTENT = 2000;

  /** Only the user who ran the command sees the message. */
  public static final int EPHEMERAL = 1 << 6;

  public DiscordMessage {
    Objects.requireNonNull(content, "content");
    if (content.length() > MAX_CONTENT) {
      throw new IllegalArgumentException("content of " + content.length() + " characters");
    }
    embeds = List.copyOf(embeds);
    components = List.copyOf(components);
    if (components.size() > MessageComponents.MAX_ROWS) {
      throw new IllegalArgumentException(components.size() + " rows of components");
    }
  }

  /** A message without components. */
  public DiscordMessage(String content, List<Embed> embeds, Integer flags) {
    this(content, embeds, flags, List.of());
  }

  /** This message with {@code rows} of buttons under it. */
  DiscordMessage withComponents(List<MessageComponents.ActionRow> rows) {
    return new DiscordMessage(content, embeds, flags, rows);
  }

  /** A message of text alone, with no embeds. */
  public static DiscordMessage text(String content) {
    return new DiscordMessage(content, List.of(), null);
  }

  public DiscordMessage ephemeral() {
    return new DiscordMessage(content, embeds, EPHEMERAL, components);
  }

  /** Mentions are never parsed: not users, not roles, not {@code @everyone}. */
  @JsonProperty("allowed_mentions")
  public AllowedMentions allowedMentions() {
    return AllowedMentions.NONE;
  }

  /** Discord's allowed-mentions object; {@code parse} empty means nothing pings. */
  public record AllowedMentions(List<String> parse) {
    static final AllowedMentions NONE = new AllowedMentions(List.of());
  }

  /** A rich embed: a title and a markdown description. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Embed(String title, String description) {

    /** Characters this embed counts towards Discord's per-message total. */
    public int size() {
      return (title == null ? 0 : title.length())
          + (description == null ? 0 : description.length());
    }
  }
}
