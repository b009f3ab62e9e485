package dev.podcastqa.ingest.transcript;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides which leading {@code Name: text} labels of a transcript name the speaker.
 *
 * <p>The rule: the label is one to four capitalised words ({@code Alice}, {@code Dr. Jane Smith},
 * {@code Mary-Kate O'Neil}, {@code SPEAKER_01}, optionally followed by a number as in {@code
 * Speaker 2}), at most 40 characters, followed by a colon, a space and more text; none of its words
 * is a label word such as Note, Warning, Update, Tip or Fact, or a sentence opener such as So or
 * Well; and either the same label opens at least two cues of the file, or labelled cues make up at
 * least half of the file (so a guest who speaks once in a labelled transcript still counts), or the
 * label is a longer form of a speaker label that recurs (a transcript that names {@code Bekah
 * Hawrot Weigel:} once and {@code Bekah:} from then on). Thus {@code Warning: this is loud} stays
 * text, and a label that appears once in an unlabelled file stays text too: a speaker is missed
 * rather than a sentence cut.
 */
final class SpeakerPrefix {

  private static final String WORD = "\\p{Lu}[\\p{L}\\d'\u2019._-]*";
  private static final Pattern LABEL =
      Pattern.compile(
          "^(" + WORD + "(?:[ \\t]+" + WORD + "){0,3}(?:[ \\t]+\\d{1,3})?):[ \\t]+(\\S.*)$",
          Pattern.DOTALL);
  private static final int MAX_LENGTH = 40;

  /** Label nouns and sentence openers: a label holding one of them is not a name. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          """
          note notes nb warning caution danger alert update edit tip hint important disclaimer
          reminder example spoiler source sources translation summary correction fact ps p.s.
          step chapter part episode title subject link links website sponsor sponsors music
          transcript caption captions quote definition question answer result conclusion problem
          solution time date location contact email phone price total so well now yes no okay ok
          and but then here this that also remember look listen again first second finally
          anyway basically meaning break intro outro interlude laughter laughs laughing applause
          inaudible crosstalk silence cheering
          """
              .strip()
              .split("\\s+"));

  private final Set<String> speakers;

  /** Decides the speakers from {@code openings}, the text each cue of one file starts with. */
  SpeakerPrefix(List<String> openings) {
    Map<String, Integer> counts = new HashMap<>();
    for (String text : openings) {
      Matcher m = LABEL.matcher(text);
      if (m.matches() && isNameLike(m.group(1))) {
        counts.merge(m.group(1), 1, Integer::sum);
      }
    }
    int labelled = counts.values().stream().mapToInt(Integer::intValue).sum();
    boolean labelledFile = labelled >= 2 && labelled * 2 >= openings.size();
    Set<String> recurring =
        counts.entrySet().stream()
            .filter(e -> labelledFile || e.getValue() >= 2)
            .map(Map.Entry::getKey)
            .collect(Collectors.toUnmodifiableSet());
    speakers =
        counts.keySet().stream()
            .filter(label -> recurring.contains(label) || isLongFormOf(label, recurring))
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Whether {@code label} is the full name of a recurring speaker label: more than one word, the
   * first of which is that label ({@code Todd Libby} for {@code Todd}).
   */
  private static boolean isLongFormOf(String label, Set<String> recurring) {
    String[] words = label.split("[ \\t]+");
    return words.length > 1 && recurring.contains(words[0]);
  }

  /** A cue's text split into the speaker it names (or null) and what they say. */
  record Labelled(String speaker, String text) {}

  Labelled split(String text) {
    Matcher m = LABEL.matcher(text);
    if (m.matches() && speakers.contains(m.group(1))) {
      return new Labelled(m.group(1), m.group(2));
    }
    return new Labelled(null, text);
  }

  /** Whether {@code text} opens with something shaped like a name label (recurrence not asked). */
  static boolean hasLabel(String text) {
    Matcher m = LABEL.matcher(text);
    return m.matches() && isNameLike(m.group(1));
  }

  /** The name-shaped label {@code text} opens with (recurrence not asked), if any. */
  static Optional<String> label(String text) {
    Matcher m = LABEL.matcher(text);
    return m.matches() && isNameLike(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The text after a name-shaped label, or {@code text} when it has none. */
  static String withoutLabel(String text) {
    Matcher m = LABEL.matcher(text);
    return m.matches() && isNameLike(m.group(1)) ? m.group(2) : text;
  }

  static boolean isNameLike(String label) {
    if (label.length() > MAX_LENGTH) {
      return false;
    }
    for (String word : label.toLowerCase(Locale.ROOT).split("[ \\t]+")) {
      if (NOT_NAMES.contains(word) || NOT_NAMES.contains(word.replaceAll("\\W+$", ""))) {
        return false;
      }
    }
    return true;
  }
}
