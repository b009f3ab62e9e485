package dev.podcastqa.discord;

import dev.podcastqa.discord.DiscordMessage.Embed;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs markdown blocks into as few embeds as Discord's limits allow: at most 10 embeds, a title of
 * 256 characters, a description of 4,096, and 6,000 characters over all embeds of a message. Blocks
 * are never split between embeds; those that do not fit are counted in a closing note.
 */
final class EmbedPacker {

  static final int MAX_EMBEDS = 10;
  static final int MAX_TITLE = 256;
  static final int MAX_DESCRIPTION = 4096;
  static final int MAX_TOTAL = 6000;

  private static final String SEPARATOR = "\n\n";
  // Room kept in every description and in the total for the "and N more" note.
  private static final int RESERVE = 40;

  private EmbedPacker() {}

  /** Embeds holding {@code blocks} in order under {@code title}; empty when there are none. */
  static List<Embed> pack(String title, List<String> blocks) {
    String heading = DiscordMarkdown.cut(title, MAX_TITLE);
    List<StringBuilder> descriptions = new ArrayList<>();
    int total = heading.length();
    int packed = 0;
    for (String raw : blocks) {
      String block = DiscordMarkdown.cut(raw, MAX_DESCRIPTION - RESERVE);
      StringBuilder last =
          descriptions.isEmpty() ? null : descriptions.get(descriptions.size() - 1);
      boolean joins =
          last != null
              && last.length() + SEPARATOR.length() + block.length() <= MAX_DESCRIPTION - RESERVE;
      int cost = joins ? SEPARATOR.length() + block.length() : block.length();
      if (total + cost > MAX_TOTAL - RESERVE || (!joins && descriptions.size() == MAX_EMBEDS)) {
        break;
      }
      if (joins) {
        last.append(SEPARATOR).append(block);
      } else {
        descriptions.add(new StringBuilder(block));
      }
      total += cost;
      packed++;
    }
    int dropped = blocks.size() - packed;
    if (dropped > 0 && !descriptions.isEmpty()) {
      descriptions
          .get(descriptions.size() - 1)
          .append(SEPARATOR)
          .append("*…and ")
          .append(dropped)
          .append(dropped == 1 ? " more source.*" : " more sources.*");
    }
    List<Embed> embeds = new ArrayList<>();
    for (int i = 0; i < descriptions.size(); i++) {
      embeds.add(new Embed(i == 0 ? heading : null, descriptions.get(i).toString()));
    }
    return embeds;
  }
}
