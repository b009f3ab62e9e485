package dev.podcastqa.ingest.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speakers told apart by the colour a subtitle cue opens with, as word-level caption exports mark
 * them: AssemblyAI's one-word-a-cue SubRip writes {@code {\c&HFFF000&}Welcome} for one voice and
 * {@code {\c&HCC55FF&}Thanks} for the next (Early Days of Ethereum,
 * bobsummerwill/strato-transcripts e3ced4fd,
 * intermediates/episode004-taylor-gerring/episode004-taylor-gerring_assemblyai_opus.srt, whose
 * sibling .ass file maps its four colours to Speaker00 to Speaker03).
 *
 * <p>The colours name no one, so each distinct colour is an anonymous speaker, {@code Speaker 1},
 * {@code Speaker 2}, ... in order of first appearance; a cue that opens with no colour continues
 * the voice before it. Only a file whose voices the colours plainly carry is read so: no cue has a
 * speaker of its own, more than half of the cues are in one colour each, and at least two colours
 * are used (one colour throughout is styling). A cue in more than one colour, as karaoke captions
 * light the word being sung, has no colour of its own.
 */
final class CueColours {

  /** An ASS primary colour code, {@code \c&HFFF000&} or {@code \1c&HFFF000&}. */
  private static final Pattern ASS_COLOUR = Pattern.compile("\\\\1?c&H([0-9A-Fa-f]{1,8})&?");

  /** A {@code <font color="...">} tag. */
  private static final Pattern FONT_COLOUR =
      Pattern.compile("<font\\b[^>]*?\\bcolor\\s*=\\s*[\"']?#?([0-9A-Za-z]{1,20})");

  /** Markup at the start of a cue: ASS override blocks and tags. */
  private static final Pattern OPENING_MARKUP = Pattern.compile("^\\s*(?:\\{[^}]*}|<[^>]*>)+");

  private CueColours() {}

  /**
   * The colour {@code markup}, a cue's text as written, opens with (upper case, without {@code &H}
   * or {@code #}), or null when it opens with none or changes colour further on.
   */
  static String leading(String markup) {
    if (markup.indexOf('{') < 0 && markup.indexOf('<') < 0) {
      return null;
    }
    Matcher opening = OPENING_MARKUP.matcher(markup);
    if (!opening.find()) {
      return null;
    }
    String first = first(markup.substring(0, opening.end()));
    if (first == null) {
      return null;
    }
    if (colourMentions(markup) == 1) {
      return first.toUpperCase(Locale.ROOT);
    }
    for (Pattern colour : List.of(ASS_COLOUR, FONT_COLOUR)) {
      Matcher m = colour.matcher(markup);
      while (m.find()) {
        if (!m.group(1).equalsIgnoreCase(first)) {
          return null;
        }
      }
    }
    return first.toUpperCase(Locale.ROOT);
  }

  /**
   * How many times {@code markup} may name a colour, at least as many as it does: each {@code c&H}
   * and each {@code color}, in any case. One, the most common, needs no closer look.
   */
  private static int colourMentions(String markup) {
    int mentions = 0;
    for (int i = 0; i + 3 <= markup.length(); i++) {
      if (markup.regionMatches(true, i, "c&h", 0, 3)
          || markup.regionMatches(true, i, "color", 0, 5)) {
        mentions++;
      }
    }
    return mentions;
  }

  /** The first colour {@code markup} names, or null. */
  private static String first(String markup) {
    Matcher ass = ASS_COLOUR.matcher(markup);
    Matcher font = FONT_COLOUR.matcher(markup);
    boolean isAss = ass.find();
    boolean isFont = font.find();
    if (isAss && (!isFont || ass.start() < font.start())) {
      return ass.group(1);
    }
    return isFont ? font.group(1) : null;
  }

  /**
   * {@code cues} with the speaker each one's colour marks, {@code colours} holding the leading
   * colour of each cue ({@link #leading}, null for none) in the same order; {@code cues} unchanged
   * when the colours do not carry the voices (see the class comment).
   */
  static List<Cue> speakers(List<Cue> cues, List<String> colours) {
    if (!carryVoices(cues, colours)) {
      return cues;
    }
    Map<String, String> names = new LinkedHashMap<>();
    List<Cue> out = new ArrayList<>(cues.size());
    String speaking = null;
    for (int i = 0; i < cues.size(); i++) {
      String colour = colours.get(i);
      if (colour != null) {
        speaking = names.computeIfAbsent(colour, c -> "Speaker " + (names.size() + 1));
      }
      Cue cue = cues.get(i);
      out.add(new Cue(cue.line(), cue.start(), cue.end(), speaking, cue.text()));
    }
    return out;
  }

  private static boolean carryVoices(List<Cue> cues, List<String> colours) {
    if (cues.stream().anyMatch(c -> c.speaker() != null)) {
      return false;
    }
    List<String> used = colours.stream().filter(Objects::nonNull).toList();
    return used.size() * 2 > cues.size() && used.stream().distinct().count() >= 2;
  }
}
