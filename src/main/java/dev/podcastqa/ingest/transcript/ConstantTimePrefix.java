package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.SourceText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text whose every line opens with one and the same time, as a converter writes when it never finds
 * the times it looks for (Python Bytes' Otter exports: {@code 0:00 Michael Kennedy 00:10}, {@code
 * 0:00 Hello, and welcome...}): that time says nothing, and the text under it may hold the real
 * ones.
 */
final class ConstantTimePrefix {

  private static final Pattern PREFIX =
      Pattern.compile("^\\[?(\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?)\\]?[ \\t]+");

  private ConstantTimePrefix() {}

  /**
   * {@code text} with the time every non-blank line opens with cut off, or empty when its lines do
   * not all open with the same time.
   */
  static Optional<SourceText> strip(SourceText text) {
    String shared = null;
    StringBuilder rest = new StringBuilder(text.content().length());
    for (String line : text.lines()) {
      if (line.isBlank()) {
        rest.append('\n');
        continue;
      }
      Matcher m = PREFIX.matcher(line);
      if (!m.find() || (shared != null && !shared.equals(m.group(1)))) {
        return Optional.empty();
      }
      shared = m.group(1);
      rest.append(line, m.end(), line.length()).append('\n');
    }
    return shared == null
        ? Optional.empty()
        : Optional.of(new SourceText(text.location(), text.name(), rest.toString()));
  }

  /** The time every non-blank line of {@code text} opens with ({@link #strip} found one). */
  static String time(SourceText text) {
    for (String line : text.lines()) {
      Matcher m = PREFIX.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    return "";
  }
}
