package dev.podcastqa.discord;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.discord.MessageComponents.ActionRow;
import dev.podcastqa.discord.MessageComponents.Button;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The buttons under an answer in Discord: one link button per cited moment ("▶ 00:49:26 · Episode
 * title"), five to a row, and a last row with 👍 and 👎 that rate the answer. Discord allows five
 * rows, so at most twenty moments get a button (the embeds still list every source).
 */
final class AnswerButtons {

  static final String UP = "👍";
  static final String DOWN = "👎";
  static final int MAX_SOURCES = (MessageComponents.MAX_ROWS - 1) * MessageComponents.MAX_PER_ROW;

  private final MessageFormatter messages;

  AnswerButtons(MessageFormatter messages) {
    this.messages = messages;
  }

  /** The rows for {@code answer}, recorded as {@code answerId}. */
  List<ActionRow> rows(Answer answer, String answerId) {
    Map<String, Button> byUrl = new LinkedHashMap<>();
    for (Citation citation : answer.citations()) {
      String url = messages.absolute(citation.url());
      if (byUrl.size() < MAX_SOURCES
          && url.length() <= MessageComponents.MAX_URL
          && (url.startsWith("https://") || url.startsWith("http://"))) {
        byUrl.putIfAbsent(url, Button.link(label(citation), url));
      }
    }
    List<Button> sources = new ArrayList<>(byUrl.values());
    List<ActionRow> rows = new ArrayList<>();
    for (int from = 0; from < sources.size(); from += MessageComponents.MAX_PER_ROW) {
      int to = Math.min(sources.size(), from + MessageComponents.MAX_PER_ROW);
      rows.add(ActionRow.of(sources.subList(from, to)));
    }
    rows.add(
        ActionRow.of(
            List.of(
                Button.action(UP, ThumbClicks.customId(true, answerId)),
                Button.action(DOWN, ThumbClicks.customId(false, answerId)))));
    return rows;
  }

  /** "▶ 00:49:26 · Episode title", cut to Discord's 80 characters. */
  static String label(Citation citation) {
    String title = citation.episodeTitle().replaceAll("\\s+", " ").strip();
    String label = citation.timed() ? "▶ " + citation.timestamp() + " · " + title : "▶ " + title;
    return label.length() <= MessageComponents.MAX_LABEL
        ? label
        : label.substring(0, MessageComponents.MAX_LABEL - 1) + "…";
  }
}
