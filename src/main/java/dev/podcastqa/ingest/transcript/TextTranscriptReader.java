package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.Problem;
import dev.podcastqa.ingest.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text transcripts of timestamped lines ({@code [00:01:02] Alice: text}, {@code
 * 00:01:02 Alice: text}, {@code [01:02] text}); lines without a timestamp continue the utterance
 * above, and each utterance ends where the next one starts (the last one at its own start).
 *
 * <p>Recognition is strict, so that an episode page with a timestamped table of contents is not
 * taken for a transcript. A text is a transcript when it has at least three timestamped lines, when
 * timestamped lines and the lines directly under them (no blank line between) make up at least 80%
 * of its non-blank lines, and when fewer than half of its timestamped lines read like headings
 * (Title Case words and no sentence punctuation, as in {@code [00:49:26] Grokking and Sudden
 * Generalization}).
 */
final class TextTranscriptReader implements CueReader {

  static final String FORMAT = "text-transcript";

  private static final String CLOCK = "(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?";
  private static final Pattern TIMED =
      Pattern.compile("^\\s*(?:\\[\\s*(" + CLOCK + ")\\s*]\\s*|(" + CLOCK + ")\\s+)(.*)$");
  private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!,;\u2026\"\u201D]$");
  private static final int MIN_TIMED_LINES = 3;

  /** An utterance while its lines are gathered. */
  private record Pending(int line, double start, StringBuilder text) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    int nonBlank = 0;
    int timed = 0;
    int attached = 0;
    int headings = 0;
    boolean underUtterance = false;
    for (String line : text.lines()) {
      if (line.isBlank()) {
        underUtterance = false;
        continue;
      }
      nonBlank++;
      Matcher m = TIMED.matcher(line);
      if (m.matches() && CueTiming.time(clock(m)).isPresent()) {
        timed++;
        headings += isHeading(m.group(3)) ? 1 : 0;
        underUtterance = true;
      } else if (underUtterance) {
        attached++;
      }
    }
    return timed >= MIN_TIMED_LINES
        && (timed + attached) * 5 >= nonBlank * 4
        && headings * 2 < timed;
  }

  @Override
  public boolean recognizesExtension(SourceText text) {
    return false;
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    List<Pending> pending = new ArrayList<>();
    List<String> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = TIMED.matcher(lines.get(i));
      if (m.matches() && CueTiming.time(clock(m)).isPresent()) {
        double start = CueTiming.time(clock(m)).getAsDouble();
        pending.add(new Pending(i + 1, start, new StringBuilder(m.group(3).strip())));
      } else if (!lines.get(i).isBlank() && !pending.isEmpty()) {
        pending.get(pending.size() - 1).text().append(' ').append(lines.get(i).strip());
      }
    }
    return cues(text.location(), pending, problems);
  }

  private static List<Cue> cues(
      String location, List<Pending> pending, Consumer<Problem> problems) {
    SpeakerPrefix speakers =
        new SpeakerPrefix(pending.stream().map(p -> p.text().toString()).toList());
    List<Cue> cues = new ArrayList<>(pending.size());
    for (int i = 0; i < pending.size(); i++) {
      Pending here = pending.get(i);
      double end = i + 1 < pending.size() ? pending.get(i + 1).start() : here.start();
      if (end < here.start()) {
        problems.accept(
            new Problem(
                location,
                pending.get(i + 1).line(),
                "timestamp "
                    + CueTiming.format(end)
                    + " goes back before the line above ("
                    + CueTiming.format(here.start())
                    + ")"));
        end = here.start();
      }
      SpeakerPrefix.Labelled labelled = speakers.split(here.text().toString());
      cues.add(new Cue(here.line(), here.start(), end, labelled.speaker(), labelled.text()));
    }
    return cues;
  }

  private static String clock(Matcher m) {
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /** Whether a timestamped line reads like a table-of-contents entry rather than speech. */
  private static boolean isHeading(String line) {
    String text = SpeakerPrefix.withoutLabel(line.strip());
    if (text.isEmpty() || SENTENCE_PUNCTUATION.matcher(text).find()) {
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
}
