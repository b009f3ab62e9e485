package dev.podcastqa.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbered passages back out of an answer prompt a fake model received (the format of
 * {@code prompts/passage.txt}), so a scripted reply can quote and cite what the model was given.
 */
public final class PromptPassages {

  private static final Pattern BLOCK =
      Pattern.compile("(?m)^\\[(\\d+)] \"([^\"]*)\"([^\\n]*)\\n([^\\n]+)");
  private static final Pattern TIME = Pattern.compile("\\d\\d:\\d\\d:\\d\\d");

  private final Map<Integer, String> texts = new LinkedHashMap<>();
  private final Map<Integer, String> times = new LinkedHashMap<>();

  private PromptPassages(String prompt) {
    Matcher m = BLOCK.matcher(prompt);
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      texts.put(n, m.group(4).strip());
      Matcher time = TIME.matcher(m.group(3));
      times.put(n, time.find() ? time.group() : null);
    }
  }

  /** The passages of a request's last message. */
  public static PromptPassages of(JsonNode request) {
    JsonNode messages = request.path("messages");
    return new PromptPassages(messages.get(messages.size() - 1).path("content").asText());
  }

  public int count() {
    return texts.size();
  }

  /** The first line of passage {@code n}'s text. */
  public String text(int n) {
    return texts.get(n);
  }

  /** The {@code hh:mm:ss} the prompt shows for passage {@code n}, or null for show notes. */
  public String time(int n) {
    return times.get(n);
  }

  /** A reply quoting passages {@code ns}, each sentence citing its passage. */
  public String quoting(int... ns) {
    StringBuilder reply = new StringBuilder();
    for (int n : ns) {
      String text = text(n).replaceAll("[.!?]+$", "");
      reply.append(reply.isEmpty() ? "" : " ").append(text).append(" [").append(n).append("].");
    }
    return reply.toString();
  }
}
