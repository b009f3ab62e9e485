package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Merges word-level cues into utterances a reader can quote.
 *
 * <p>A word joins the utterance before it when the speaker is the same, it starts at most {@value
 * #MAX_GAP_SECONDS} s after the utterance ends, and the utterance would not grow past {@value
 * #MAX_SECONDS} s. Once an utterance is {@value #SENTENCE_BREAK_SECONDS} s long it also ends at the
 * next sentence end, so utterances stay near sentence size without cutting sentences.
 *
 * <p>Words with no punctuation to speak of (fewer than one in {@value #WORDS_PER_SENTENCE_END} ends
 * a sentence, as older Google Speech-to-Text models write them, their words back to back with no
 * pause between them) have no sentence end to wait for: there an utterance {@value
 * #SENTENCE_BREAK_SECONDS} s long ends at the next pause between words, and one would grow past
 * {@value #UNPUNCTUATED_MAX_SECONDS} s ends before the word that would take it there.
 */
final class UtteranceMerger {

  static final double MAX_GAP_SECONDS = 1.5;
  static final double SENTENCE_BREAK_SECONDS = 15;
  static final double MAX_SECONDS = 60;
  static final double UNPUNCTUATED_MAX_SECONDS = 20;
  static final int WORDS_PER_SENTENCE_END = 100;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026][\"'\u201D\u2019)]*$");
  private static final Pattern ATTACHES_LEFT = Pattern.compile("^[,.;:!?\u2026)\\]}%'\u2019]");

  /**
   * Whether {@code cues} are words rather than utterances, fewer than two words a cue on average,
   * as a transcript timed word by word lists them: such cues want merging.
   */
  static boolean isWordLevel(List<Cue> cues) {
    if (cues.isEmpty()) {
      return false;
    }
    long words = cues.stream().mapToLong(c -> c.text().strip().split("\\s+").length).sum();
    return words < 2L * cues.size();
  }

  /**
   * Caption cues as they are, or, when they are written a word a cue ({@link #isWordLevel}), the
   * utterances of their filled cues put in time order ({@link CueOrder}), as word-level SubRip and
   * WebVTT exports want.
   */
  static List<Cue> ofCaptions(List<Cue> cues, String location, Consumer<Problem> problems) {
    if (!isWordLevel(cues)) {
      return cues;
    }
    return new UtteranceMerger()
        .merge(
            new CueOrder(location, problems)
                .tidy(cues.stream().filter(c -> !c.isEmpty()).toList()));
  }

  /** The utterances of {@code words}, which must be in time order. */
  List<Cue> merge(List<Cue> words) {
    boolean punctuated = isPunctuated(words);
    List<Cue> utterances = new ArrayList<>();
    Cue current = null;
    StringBuilder text = new StringBuilder();
    for (Cue word : words) {
      if (current != null && continues(current, text, word, punctuated)) {
        append(text, word.text().strip());
        current = current.withEnd(Math.max(current.end(), word.end()));
        continue;
      }
      if (current != null) {
        utterances.add(current.withText(text.toString()));
      }
      current = word;
      text.setLength(0);
      text.append(word.text().strip());
    }
    if (current != null) {
      utterances.add(current.withText(text.toString()));
    }
    return utterances;
  }

  private static boolean continues(Cue utterance, CharSequence text, Cue word, boolean punctuated) {
    if (!Objects.equals(utterance.speaker(), word.speaker())
        || word.start() - utterance.end() > MAX_GAP_SECONDS
        || word.end() - utterance.start() > MAX_SECONDS) {
      return false;
    }
    boolean longEnough = utterance.end() - utterance.start() >= SENTENCE_BREAK_SECONDS;
    if (!punctuated) {
      return !(longEnough && word.start() > utterance.end())
          && word.end() - utterance.start() <= UNPUNCTUATED_MAX_SECONDS;
    }
    return !(longEnough && SENTENCE_END.matcher(text).find());
  }

  /** Whether at least one word in {@value #WORDS_PER_SENTENCE_END} ends a sentence. */
  private static boolean isPunctuated(List<Cue> words) {
    long ends = words.stream().filter(w -> SENTENCE_END.matcher(w.text().strip()).find()).count();
    return ends > 0 && ends * WORDS_PER_SENTENCE_END >= words.size();
  }

  private static void append(StringBuilder text, String word) {
    if (text.length() > 0 && !ATTACHES_LEFT.matcher(word).find()) {
      text.append(' ');
    }
    text.append(word);
  }
}
