package dev.podcastqa.ingest.page;

import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Timecode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code [hh:mm:ss] Label URL} references out of run-on text, as YouTube descriptions write
 * them. A category word before a timestamp ({@code paper:}) is not part of any label, and a URL the
 * site shortened with {@code ...} is no link, so such a reference keeps its label without a URL.
 */
final class InlineReferences {

  private static final Pattern STAMP = Pattern.compile("\\[(\\d{1,2}(?::\\d{2}){1,2})\\]");
  private static final Pattern CATEGORY = Pattern.compile("\\s*\\b\\p{Ll}+:\\s*$");
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[\\s\\-–—|:]+$");

  private InlineReferences() {}

  static List<Reference> parse(String text) {
    List<Reference> references = new ArrayList<>();
    Matcher stamp = STAMP.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (stamp.find()) {
      spans.add(new int[] {stamp.start(), stamp.end()});
    }
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
      String time = text.substring(spans.get(i)[0] + 1, spans.get(i)[1] - 1);
      OptionalInt seconds = Timecode.parse(time);
      if (seconds.isPresent()) {
        reference(seconds.getAsInt(), text.substring(spans.get(i)[1], end))
            .ifPresent(references::add);
      }
    }
    return references;
  }

  private static Optional<Reference> reference(int seconds, String segment) {
    Matcher url = SiteChrome.URL.matcher(segment);
    String label;
    String link = null;
    if (url.find()) {
      label = segment.substring(0, url.start());
      link = isShortened(url.group()) ? null : url.group();
    } else {
      label = CATEGORY.matcher(segment).replaceFirst("");
    }
    label = TRAILING_SEPARATOR.matcher(label.strip()).replaceFirst("");
    return label.isBlank() ? Optional.empty() : Optional.of(new Reference(seconds, label, link));
  }

  private static boolean isShortened(String url) {
    return url.endsWith("...") || url.endsWith("…");
  }
}
