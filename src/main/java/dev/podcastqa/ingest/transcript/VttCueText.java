package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Entities;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns WebVTT cue markup into plain text, split where the voice ({@code <v Name>}) changes.
 *
 * <p>Ruby annotations ({@code <rt>}) are dropped with their text: they repeat the base text as a
 * reading aid. Every other tag is removed and its text kept; character references are decoded,
 * no-break spaces become spaces and the invisible direction marks (lrm, rlm) are removed.
 */
final class VttCueText {

  private static final Pattern RUBY_TEXT = Pattern.compile("(?s)<rt\\b[^>]*>.*?</rt\\s*>");
  private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?(?:[ \\t]+([^>]*))?>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private VttCueText() {}

  /** What one voice says in a cue; {@code speaker} is null outside any voice tag. */
  record Voiced(String speaker, String text) {}

  /** The spoken spans of {@code markup}, in order, empty ones left out. */
  static List<Voiced> parse(String markup) {
    String text = markup.contains("<rt") ? RUBY_TEXT.matcher(markup).replaceAll("") : markup;
    List<Voiced> spans = new ArrayList<>();
    if (!text.contains("<v")) {
      add(spans, null, text);
      return spans;
    }
    Matcher voice = VOICE.matcher(text);
    String speaker = null;
    int from = 0;
    while (voice.find()) {
      add(spans, speaker, text.substring(from, voice.start()));
      speaker = voice.group(1) == null ? null : plain(voice.group(1));
      from = voice.end();
    }
    add(spans, speaker, text.substring(from));
    return spans;
  }

  /**
   * {@code markup} without tags, references decoded and white space collapsed. Plain cue text, the
   * most common, goes through no regular expression: this runs for every cue.
   */
  static String plain(String markup) {
    String untagged = markup.indexOf('<') < 0 ? markup : TAG.matcher(markup).replaceAll("");
    String decoded = Entities.decode(untagged);
    return Spaces.collapse(withoutDirectionMarks(decoded.replace('\u00A0', ' '))).strip();
  }

  /** {@code text} without the invisible left-to-right and right-to-left marks. */
  private static String withoutDirectionMarks(String text) {
    if (text.indexOf('\u200E') < 0 && text.indexOf('\u200F') < 0) {
      return text;
    }
    return text.replace("\u200E", "").replace("\u200F", "");
  }

  private static void add(List<Voiced> spans, String speaker, String markup) {
    String text = plain(markup);
    if (!text.isEmpty()) {
      spans.add(new Voiced(speaker == null || speaker.isEmpty() ? null : speaker, text));
    }
  }
}
