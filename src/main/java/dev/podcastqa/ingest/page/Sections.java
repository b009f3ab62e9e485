package dev.podcastqa.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a page at its section headings ({@code SPONSORS:}, {@code CHAPTERS:}, {@code TOC}) and
 * drops the sections that hold no answerable text: sponsors, links and production credits.
 */
final class Sections {

  /** What a headed section holds. */
  enum Kind {
    CHAPTERS,
    SPONSORS,
    LINKS,
    CREDITS,
    OTHER;

    boolean isAnswerable() {
      return this == CHAPTERS || this == OTHER;
    }
  }

  private static final Pattern CAPITALS_HEADING =
      Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N} &/,'()!-]*:");
  private static final Pattern NAMED_HEADING =
      Pattern.compile(
          "(?i)(?:toc|chapters|timestamps|table of contents|sponsors?|sponsor messages?"
              + "|sponsored by|links|social links|show links|produced by|credits)\\s*:?");

  private Sections() {}

  /** The kind of section {@code text} opens, or empty when it is not a heading. */
  static Optional<Kind> heading(String text) {
    String line = text.strip();
    if (!CAPITALS_HEADING.matcher(line).matches() && !NAMED_HEADING.matcher(line).matches()) {
      return Optional.empty();
    }
    return Optional.of(kindOf(line.toUpperCase(Locale.ROOT)));
  }

  /**
   * {@code lines} without heading lines and without the lines of sponsor, link and credit sections;
   * blank lines stay. Such a section ends at the next heading or at the next timestamped line, so a
   * missing heading never swallows the chapters.
   */
  static List<PageLine> answerable(List<PageLine> lines) {
    List<PageLine> kept = new ArrayList<>();
    boolean dropping = false;
    for (PageLine line : lines) {
      Optional<Kind> kind = heading(line.text());
      if (kind.isPresent()) {
        dropping = !kind.get().isAnswerable();
      } else if (dropping && TimestampLine.isTimestamped(line.text())) {
        dropping = false;
        kept.add(line);
      } else if (!dropping || line.isBlank()) {
        kept.add(line);
      }
    }
    return kept;
  }

  private static Kind kindOf(String heading) {
    if (heading.matches(".*\\b(SPONSOR|ADS\\b|ADVERTIS|PARTNERS).*")) {
      return Kind.SPONSORS;
    }
    if (heading.matches(".*\\b(LINKS|CONNECT|FOLLOW|SOCIAL).*")) {
      return Kind.LINKS;
    }
    if (heading.matches(".*\\b(PRODUCED|CREDITS|PRODUCTION).*")) {
      return Kind.CREDITS;
    }
    if (heading.matches(".*\\b(TOC|CHAPTER|TIMESTAMP|TIMELINE|OUTLINE|CONTENTS).*")) {
      return Kind.CHAPTERS;
    }
    return Kind.OTHER;
  }
}
