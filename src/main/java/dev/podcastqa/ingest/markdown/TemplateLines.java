package dev.podcastqa.ingest.markdown;

import java.util.regex.Pattern;

/**
 * Lines of a Markdown page that a site generator reads and no reader sees: a Liquid or Hugo tag
 * alone on its line ({@code {%- include util.html -%}}, {@code {{< youtube id >}}}) and a link
 * reference definition ({@code [episode]: {{episode.url}}}). Rustacean Station's transcripts open
 * with both; read as text, the tag was the page's title.
 */
final class TemplateLines {

  /**
   * A clock alone after the label: {@code [Audience]: 00:36:25} is a speaker's head, as
   * btctranscripts.com writes the audience's turns, not a link.
   */
  private static final String CLOCK = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?\\s*$";

  private static final Pattern TAG_LINE = Pattern.compile("\\s*(?:\\{%.*%}|\\{\\{.*}})\\s*");
  private static final Pattern LINK_DEFINITION =
      Pattern.compile(
          "\\s{0,3}\\[[^\\]]+]:\\s*(?!"
              + CLOCK
              + ")(?:<[^>]*>|\\S+)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*");

  private TemplateLines() {}

  /** Whether {@code line} is a template tag or a link reference definition alone on its line. */
  static boolean isTemplate(String line) {
    return TAG_LINE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches();
  }
}
