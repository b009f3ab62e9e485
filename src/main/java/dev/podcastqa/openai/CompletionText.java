package dev.podcastqa.openai;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.answer.Templates;
import dev.podcastqa.web.PublicLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content of a completion: the answer text with its {@code [n]} markers, then the notice if
 * there is one, then the sources as a Markdown list of links to their moments, worded by the {@code
 * completion-*.md} templates in {@code prompts/}. The part after the answer is apart, so a stream
 * can send it once the answer is done.
 */
final class CompletionText {

  static final String SOURCES = "completion-sources.md";
  static final String SOURCE = "completion-source.md";
  static final String SOURCE_UNTIMED = "completion-source-untimed.md";
  static final String SOURCE_PODCAST = "completion-source-podcast.md";
  static final String NOTICE = "completion-notice.md";

  private static final Set<String> SOURCE_FIELDS =
      Set.of("n", "episode", "podcast", "from", "time", "url");

  private final Templates templates;
  private final PublicLinks links;

  /** {@code templates} must have been checked by {@link #requireTemplates}. */
  CompletionText(Templates templates, PublicLinks links) {
    this.templates = templates;
    this.links = links;
  }

  /** Loads and checks the templates, so a broken one stops start-up. */
  static Templates requireTemplates(Templates templates) {
    return templates
        .require(SOURCES, Set.of("sources"), Set.of("sources"))
        .require(SOURCE, SOURCE_FIELDS, Set.of("n", "url"))
        .require(SOURCE_UNTIMED, SOURCE_FIELDS, Set.of("n", "url"))
        .require(SOURCE_PODCAST, Set.of("podcast"), Set.of("podcast"))
        .require(NOTICE, Set.of("notice"), Set.of("notice"));
  }

  /** The whole content of {@code answer}. */
  String content(Answer answer) {
    return answer.answer() + after(answer);
  }

  /** What follows the answer text: the notice and the sources, each after a blank line. */
  String after(Answer answer) {
    StringBuilder text = new StringBuilder();
    if (answer.notice() != null && !answer.notice().isBlank()) {
      text.append("\n\n").append(templates.render(NOTICE, Map.of("notice", answer.notice())));
    }
    if (!answer.citations().isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (Citation citation : answer.citations()) {
        lines.add(source(citation));
      }
      String sources = String.join("\n", lines);
      text.append("\n\n").append(templates.render(SOURCES, Map.of("sources", sources)));
    }
    return text.toString();
  }

  /**
   * One source line. {@code from} names the podcast as {@link #SOURCE_PODCAST} words it, and is
   * empty for an episode read with no podcast name (a bare transcript file), so the line ends with
   * its link rather than a dangling separator.
   */
  private String source(Citation c) {
    String podcast = c.podcast() == null ? "" : label(c.podcast());
    Map<String, String> values =
        Map.of(
            "n",
            String.valueOf(c.n()),
            "episode",
            label(c.episodeTitle()),
            "podcast",
            podcast,
            "from",
            podcast.isEmpty() ? "" : templates.render(SOURCE_PODCAST, Map.of("podcast", podcast)),
            "time",
            c.timestamp() == null ? "" : c.timestamp(),
            "url",
            address(links.absolute(c.url())));
    return templates.render(c.timestamp() == null ? SOURCE_UNTIMED : SOURCE, values).strip();
  }

  /** Text that cannot close or open a link label, on one line. */
  static String label(String text) {
    return text.replaceAll("\\s+", " ")
        .strip()
        .replace("\\", "\\\\")
        .replace("[", "\\[")
        .replace("]", "\\]");
  }

  /** An address that cannot end a Markdown link early. */
  static String address(String url) {
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
  }
}
