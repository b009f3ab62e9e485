package dev.podcastqa.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Discord message components: rows of buttons under a message, at most {@link #MAX_ROWS} rows of
 * {@link #MAX_PER_ROW} buttons. Link buttons open a URL; the others send the app an interaction
 * carrying their {@code custom_id}.
 */
final class MessageComponents {

  public static final int MAX_ROWS = 5;
  public static final int MAX_PER_ROW = 5;
  public static final int MAX_LABEL = 80;
  public static final int MAX_URL = 512;
  public static final int MAX_CUSTOM_ID = 100;

  static final int ACTION_ROW = 1;
  static final int BUTTON = 2;
  static final int SECONDARY = 2;
  static final int LINK = 5;

  private MessageComponents() {}

  /** A row of up to five buttons. */
  public record ActionRow(int type, List<Button> components) {
    public ActionRow {
      components = List.copyOf(components);
      if (components.isEmpty() || components.size() > MAX_PER_ROW) {
        throw new IllegalArgumentException("a row holds 1 to 5 buttons: " + components.size());
      }
    }

    static ActionRow of(List<Button> buttons) {
      return new ActionRow(ACTION_ROW, buttons);
    }
  }

  /**
   * A button: a link ({@code url}) or one that sends an interaction ({@code custom_id}).
   *
   * @param emoji null, or an emoji shown before the label
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Button(
      int type,
      int style,
      String label,
      String url,
      @JsonProperty("custom_id") String customId,
      Emoji emoji) {
    public Button {
      if (label != null && (label.isEmpty() || label.length() > MAX_LABEL)) {
        throw new IllegalArgumentException("a button label has 1 to 80 characters");
      }
      if ((url == null) == (customId == null)) {
        throw new IllegalArgumentException("a button has a url or a custom id, not both");
      }
      if (url != null && url.length() > MAX_URL) {
        throw new IllegalArgumentException("a button url has at most 512 characters");
      }
      if (customId != null && customId.length() > MAX_CUSTOM_ID) {
        throw new IllegalArgumentException("a custom id has at most 100 characters");
      }
    }

    static Button link(String label, String url) {
      return new Button(BUTTON, LINK, label, url, null, null);
    }

    static Button action(String emoji, String customId) {
      return new Button(BUTTON, SECONDARY, null, null, customId, new Emoji(emoji));
    }
  }

  /** A Unicode emoji on a button. */
  public record Emoji(String name) {
    public Emoji {
      Objects.requireNonNull(name, "name");
    }
  }
}
