package dev.podcastqa.ingest.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides whether text with timestamps is a transcript or an episode page whose timestamps are a
 * table of contents, from what its timed lines look like; the file name never counts.
 *
 * <p>A transcript has at least three timed lines and is one of two kinds:
 *
 * <ul>
 *   <li><b>speaker turns</b>: at least half of its timed lines name a speaker who opens at least
 *       two of them (by the line's shape, a {@code Name:} label after the time, or a {@code Name:}
 *       line right under a time alone), and the text from the first timed line on is at least half
 *       of the file's lines;
 *   <li><b>timed prose</b>: timed lines and the lines directly under them (no blank line between;
 *       under a time alone on its line, every paragraph up to the next time, as btctranscripts.com
 *       writes a talk's sections: {@code ## Heading}, {@code (01:16)}, then paragraphs) are at
 *       least 80% of its non-blank lines, fewer than half of the timed lines are Title Case
 *       headings, and the timed lines are not mostly chapter titles spaced minutes apart (at most
 *       {@value #MAX_TITLE_WORDS} words starting with a capital and not ending a sentence, a median
 *       of {@value #MIN_CHAPTER_GAP_SECONDS} s or more between timestamps).
 * </ul>
 *
 * A show-notes page (a title line, labelled fields, a paragraph and {@code [hh:mm:ss] Title}
 * chapter lines each with a line of notes under it) thus stays a page.
 */
final class TranscriptEvidence {

  private static final int MIN_TIMED_LINES = 3;
  private static final int MAX_TITLE_WORDS = 10;
  private static final int MIN_CHAPTER_GAP_SECONDS = 30;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!,;\u2026\"\u201D]$");

  private TranscriptEvidence() {}

  static boolean isTranscript(List<TranscriptLine> lines) {
    List<Integer> heads = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isTimed()) {
        heads.add(i);
      }
    }
    return heads.size() >= MIN_TIMED_LINES
        && (speakerTurns(lines, heads) || timedProse(lines, heads));
  }

  private static boolean speakerTurns(List<TranscriptLine> lines, List<Integer> heads) {
    List<String> speakers = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (int head : heads) {
      String speaker = speakerOf(lines, head);
      speakers.add(speaker);
      if (speaker != null) {
        counts.merge(speaker, 1, Integer::sum);
      }
    }
    long named = speakers.stream().filter(s -> s != null && counts.get(s) >= 2).count();
    long nonBlank = lines.stream().filter(l -> l.kind() != TranscriptLine.Kind.BLANK).count();
    long fromFirstHead =
        lines.subList(heads.get(0), lines.size()).stream()
            .filter(l -> l.kind() != TranscriptLine.Kind.BLANK)
            .count();
    return named * 2 >= heads.size() && fromFirstHead * 2 >= nonBlank;
  }

  /** The speaker timed line {@code head} names by any of the three means, or null. */
  private static String speakerOf(List<TranscriptLine> lines, int head) {
    TranscriptLine line = lines.get(head);
    if (line.speaker() != null) {
      return line.speaker();
    }
    if (!line.text().isEmpty()) {
      return SpeakerPrefix.label(line.text()).orElse(null);
    }
    for (int i = head + 1; i < lines.size(); i++) {
      TranscriptLine next = lines.get(i);
      if (next.kind() != TranscriptLine.Kind.BLANK) {
        return next.kind() == TranscriptLine.Kind.LABELLED ? next.speaker() : null;
      }
    }
    return null;
  }

  private static boolean timedProse(List<TranscriptLine> lines, List<Integer> heads) {
    int nonBlank = 0;
    int attached = 0;
    boolean underHead = false;
    boolean loneTime = false;
    for (TranscriptLine line : lines) {
      if (line.kind() == TranscriptLine.Kind.BLANK) {
        underHead = loneTime;
        continue;
      }
      nonBlank++;
      if (line.isTimed()) {
        underHead = true;
        loneTime = line.text().isEmpty();
      } else if (underHead) {
        attached++;
      }
    }
    Map<String, Integer> names = new HashMap<>();
    heads.stream()
        .map(lines::get)
        .filter(l -> l.speaker() != null)
        .forEach(l -> names.merge(l.speaker(), 1, Integer::sum));
    int headings = 0;
    int titles = 0;
    for (int head : heads) {
      TranscriptLine line = lines.get(head);
      // A name that opens one line only is no speaker: it is part of that line's title.
      String text =
          line.speaker() != null && names.get(line.speaker()) < 2
              ? (line.speaker() + " " + line.text()).strip()
              : SpeakerPrefix.withoutLabel(line.text());
      headings += isHeading(text) ? 1 : 0;
      titles += isTitle(text) ? 1 : 0;
    }
    boolean chapterList =
        titles * 2 >= heads.size() && medianGap(lines, heads) >= MIN_CHAPTER_GAP_SECONDS;
    return (heads.size() + attached) * 5 >= nonBlank * 4
        && headings * 2 < heads.size()
        && !chapterList;
  }

  /** Title Case words and no sentence punctuation, as in {@code Grokking and Sudden Growth}. */
  private static boolean isHeading(String text) {
    if (text.isEmpty() || SENTENCE_END.matcher(text).find()) {
      return false;
    }
    String[] words = text.split("\\s+");
    int capitalised = 0;
    for (String word : words) {
      if (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0))) {
        capitalised++;
      }
    }
    return capitalised * 5 >= words.length * 3;
  }

  /** A short line starting with a capital that ends no sentence: {@code The history of X}. */
  private static boolean isTitle(String text) {
    if (text.isEmpty() || SENTENCE_END.matcher(text).find()) {
      return false;
    }
    int first = text.codePointAt(0);
    return (Character.isUpperCase(first) || Character.isDigit(first))
        && text.split("\\s+").length <= MAX_TITLE_WORDS;
  }

  private static double medianGap(List<TranscriptLine> lines, List<Integer> heads) {
    List<Double> gaps = new ArrayList<>();
    for (int i = 1; i < heads.size(); i++) {
      gaps.add(lines.get(heads.get(i)).start() - lines.get(heads.get(i - 1)).start());
    }
    gaps.sort(Double::compare);
    return gaps.get(gaps.size() / 2);
  }
}
