package dev.podcastqa.answer.llm;

import dev.podcastqa.answer.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the model's text, piece by piece as it streams in, into answer text whose markers are
 * citations. A marker naming no passage is removed. Each sentence's markers are checked against
 * their passages when the sentence ends; a passage that does not support it loses that marker.
 * Surviving markers are renumbered 1, 2, ... in order of first use and written before the
 * sentence's closing punctuation, as extractive answers write them. A sentence that cited only
 * passages that do not exist is removed with its markers. Each sentence is cleaned as {@link
 * UntrustedText} says: no links but the citations, no times the passages do not hold.
 *
 * <p>Text is released a sentence at a time, once the sentence is final (the next word shows that it
 * ended), so the pieces returned, joined, are exactly {@link #text()}. Not thread-safe: one
 * instance per answer.
 */
final class CitedText {

  /** What the text needs to know about the numbered passages the model was given. */
  interface Sources {

    int count();

    /** Whether passage {@code passage} (1-based) supports {@code sentence}. */
    boolean supports(int passage, String sentence);

    /** Citation {@code n} of passage {@code passage}, quoting what supports {@code sentence}. */
    Citation cite(int n, int passage, String sentence);

    /** Whether a time, in seconds from an episode's start, is one the passages hold. */
    boolean knowsTime(int seconds);
  }

  /** {@code [3]}, {@code [1, 2]} or {@code [Passage 3]}. */
  private static final Pattern MARKER =
      Pattern.compile("\\[(?:(?i:passages?)\\s*)?(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)]");

  private static final String TERMINATORS = ".!?…";
  private static final String CLOSERS = "\"'”’)";

  private final Sources sources;
  private final StringBuilder pending = new StringBuilder();
  private final StringBuilder sentence = new StringBuilder();
  private final StringBuilder held = new StringBuilder();
  private final Set<Integer> sentenceCites = new LinkedHashSet<>();
  private final Map<Integer, Citation> byPassage = new LinkedHashMap<>();
  private final StringBuilder text = new StringBuilder();
  private String separator = "";
  private boolean shownAny;
  private int sentenceInvalid;
  private int invalid;
  private int supported;
  private int dropped;

  CitedText(Sources sources) {
    this.sources = sources;
  }

  /** Takes the next piece of model text; returns the answer text that is now final, maybe "". */
  String accept(String piece) {
    pending.append(piece);
    return drain(false);
  }

  /** Ends the text; returns the rest of the answer text. */
  String finish() {
    return drain(true);
  }

  String text() {
    return text.toString();
  }

  /** The citations, numbered 1.. in order of first use. */
  List<Citation> citations() {
    return new ArrayList<>(byPassage.values());
  }

  /** Markers removed because they named no passage. */
  int invalidMarkers() {
    return invalid;
  }

  /** Markers whose passage supports their sentence. */
  int supportedMarkers() {
    return supported;
  }

  /** Markers dropped because their passage does not support their sentence. */
  int droppedMarkers() {
    return dropped;
  }

  private String drain(boolean end) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pending.length()) {
      char c = pending.charAt(i);
      if (c == '[') {
        Matcher marker = MARKER.matcher(pending).region(i, pending.length());
        if (marker.lookingAt()) {
          cite(marker.group(1));
          i = marker.end();
          continue;
        }
        if (marker.hitEnd() && !end) {
          break; // maybe a marker whose rest has not arrived
        }
      }
      if (isHeld(c)) {
        held.append(c);
      } else {
        if (endsSentence()) {
          out.append(closeSentence(false));
        } else {
          releaseHeld();
        }
        sentence.append(c);
      }
      i++;
    }
    pending.delete(0, i);
    if (end) {
      out.append(closeSentence(true));
    }
    text.append(out);
    return out.toString();
  }

  private void cite(String numbers) {
    for (String number : numbers.split(",")) {
      int n = Integer.parseInt(number.strip());
      if (n >= 1 && n <= sources.count()) {
        sentenceCites.add(n);
      } else {
        invalid++;
        sentenceInvalid++;
      }
    }
  }

  /** Whitespace and sentence-ending punctuation wait until the next word. */
  private boolean isHeld(char c) {
    return Character.isWhitespace(c)
        || TERMINATORS.indexOf(c) >= 0
        || (CLOSERS.indexOf(c) >= 0 && hasTerminator(held));
  }

  /** A line break, or a terminator followed by whitespace, ends the sentence. */
  private boolean endsSentence() {
    boolean terminated = false;
    for (int i = 0; i < held.length(); i++) {
      char c = held.charAt(i);
      if (c == '\n' || (terminated && Character.isWhitespace(c))) {
        return true;
      }
      terminated |= TERMINATORS.indexOf(c) >= 0;
    }
    return false;
  }

  /** Held text inside a sentence ("3.5", a gap left by a marker), spaces collapsed. */
  private void releaseHeld() {
    String released = held.toString().replaceAll("\\s+", " ");
    held.setLength(0);
    if (sentence.isEmpty()) {
      released = released.stripLeading();
    }
    sentence.append(released);
  }

  /**
   * The sentence, cleaned, with its checked markers and closing punctuation, after the gap that
   * came before it; "" when nothing of it is left to show.
   */
  private String closeSentence(boolean end) {
    StringBuilder markers = new StringBuilder();
    String claim = sentence.toString().strip();
    for (int passage : sentenceCites) {
      if (sources.supports(passage, claim)) {
        supported++;
        Citation citation = byPassage.get(passage);
        if (citation == null) {
          citation = sources.cite(byPassage.size() + 1, passage, claim);
          byPassage.put(passage, citation);
        }
        markers.append('[').append(citation.n()).append(']');
      } else {
        dropped++;
      }
    }
    String punctuation = held.toString().replaceAll("\\s+", "");
    String gap = end ? "" : separator(held.toString());
    // A sentence that cited only passages that do not exist goes with its markers.
    boolean invented = sentenceInvalid > 0 && markers.isEmpty();
    String shown = invented ? "" : UntrustedText.clean(claim, sources::knowsTime);
    held.setLength(0);
    sentence.setLength(0);
    sentenceCites.clear();
    sentenceInvalid = 0;
    if (shown.isEmpty() && (invented || markers.isEmpty())) {
      separator = stronger(separator, gap);
      return "";
    }
    String before = shownAny ? separator : "";
    shownAny = true;
    separator = gap;
    String space = shown.isEmpty() || markers.isEmpty() ? "" : " ";
    return before + shown + space + markers + punctuation;
  }

  /** Of two gaps, the one that breaks more lines. */
  private static String stronger(String a, String b) {
    return b.chars().filter(c -> c == '\n').count() > a.chars().filter(c -> c == '\n').count()
        ? b
        : a;
  }

  /** A paragraph break stays one; any other gap between sentences becomes one space. */
  private static String separator(String gap) {
    long breaks = gap.chars().filter(c -> c == '\n').count();
    return breaks == 0 ? " " : "\n".repeat((int) Math.min(2, breaks));
  }

  private static boolean hasTerminator(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (TERMINATORS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
