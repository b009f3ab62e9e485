package dev.podcastqa.discord;

import static dev.podcastqa.discord.DiscordMarkdown.cut;
import static dev.podcastqa.discord.DiscordMarkdown.escape;
import static dev.podcastqa.discord.DiscordMarkdown.oneLine;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.episode.Episode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link Answer} into a Discord message: the question and the answer text as content of at
 * most 2,000 characters, and the citations as masked links to the moment, {@code [Episode title ·
 * 00:49:26](https://host/episodes/id?t=2966)}, each with its quote, in embeds within Discord's
 * limits. Every piece of text from the corpus or the asker is escaped.
 */
public final class MessageFormatter {

  static final String SOURCES = "Sources";
  static final String NEW_EPISODE = "New episode: ";
  static final String APOLOGY =
      "Sorry, something went wrong while answering this question. Please try again in a moment.";

  private static final int MAX_QUESTION = 200;
  private static final int MAX_NOTICE = 300;
  private static final int MAX_LABEL = 150;
  private static final int MAX_QUOTE = 300;

  private final String baseUrl;

  /**
   * @param baseUrl where the service is reached, e.g. {@code https://podcasts.example}; the
   *     service's own relative links are made absolute with it
   */
  public MessageFormatter(String baseUrl) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /**
   * The message for {@code answer}; {@code question}, when not null, is quoted above it. Unanswered
   * questions get their plain "not found" text and no embeds.
   */
  public DiscordMessage answer(Answer answer, String question) {
    List<DiscordMessage.Embed> embeds =
        answer.answered()
            ? EmbedPacker.pack(SOURCES, answer.citations().stream().map(this::source).toList())
            : List.of();
    return new DiscordMessage(content(answer, question), embeds, null);
  }

  /** What the deferred reply becomes when answering failed. */
  public DiscordMessage apology() {
    return DiscordMessage.text(APOLOGY);
  }

  /** A short plain message, e.g. why a question was refused; {@code text} is escaped. */
  public DiscordMessage notice(String text) {
    return DiscordMessage.text(cut(escape(text), DiscordMessage.MAX_CONTENT));
  }

  private String content(Answer answer, String question) {
    String head =
        question == null ? "" : "> " + escape(cut(oneLine(question), MAX_QUESTION)) + "\n";
    String tail =
        answer.notice() == null
            ? ""
            : "\n*" + escape(cut(oneLine(answer.notice()), MAX_NOTICE)) + "*";
    int room = DiscordMessage.MAX_CONTENT - head.length() - tail.length();
    return head + cut(escape(answer.answer().strip()), room) + tail;
  }

  /**
   * The announcement of a newly indexed episode: its title linked to its page here, then its
   * podcast, date and chapter count, each when known.
   */
  public DiscordMessage newEpisode(Episode episode) {
    String title = cut(oneLine(episode.title()), MAX_LABEL);
    List<String> facts = new ArrayList<>();
    episode.podcastName().ifPresent(name -> facts.add(escape(cut(oneLine(name), MAX_LABEL))));
    if (episode.published() != null) {
      facts.add(episode.published().toString());
    }
    if (!episode.chapters().isEmpty()) {
      int n = episode.chapters().size();
      facts.add(n + (n == 1 ? " chapter" : " chapters"));
    }
    String link = DiscordMarkdown.link(title, baseUrl + "/episodes/" + episode.id());
    return DiscordMessage.text(NEW_EPISODE + link + "\n" + String.join(" · ", facts));
  }

  /** One citation: its number, a masked link to the moment, and the passage quoted. */
  String source(Citation c) {
    String title = cut(oneLine(c.episodeTitle()), MAX_LABEL);
    String moment = c.speaker() == null ? c.timestamp() : c.speaker() + ", " + c.timestamp();
    String label = c.timed() ? title + " · " + moment : title;
    String block = "**[" + c.n() + "]** " + DiscordMarkdown.link(label, absolute(c.url()));
    String quote = oneLine(c.quote());
    return quote.isEmpty() ? block : block + "\n> " + escape(cut(quote, MAX_QUOTE));
  }

  /** The service's own links are relative in the answer; Discord needs a host. */
  String absolute(String url) {
    return url.startsWith("/") ? baseUrl + url : url;
  }
}
