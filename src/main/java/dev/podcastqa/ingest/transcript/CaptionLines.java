package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * YouTube's caption lines as a viewer sees them, from any of its caption files (json3 events, srv3
 * paragraphs, srv2 and srv1 texts), made into cues.
 *
 * <p>A line is shown from its start; its pieces are the words or phrases it writes, each at its own
 * time when the file says (auto captions time every word: {@code tOffsetMs}, {@code <s t="...">});
 * an append adds to the line on screen, and one that only breaks the line (YouTube's {@code "\n"}
 * events between rolling lines) adds nothing. Where the words carry their own times, they are
 * merged into utterances by {@link UtteranceMerger} as other word-timed transcripts are, and a line
 * that is only a sound mark ({@code [Music]}, {@code [Applause]}) stays an utterance of its own, as
 * it is shown; where they do not, each line is an utterance, its line breaks spaces.
 */
final class CaptionLines {

  /** A line that only says what is heard, not what is said. */
  private static final Pattern SOUND_MARK = Pattern.compile("\\[[^\\[\\]]*\\]");

  /**
   * How long a word is taken to last at most. YouTube times where each word starts, not where it
   * ends, and places the word after a pause a second after the one before: in two real auto
   * captions (the json3 fixture's 49-minute source, 6,525 word gaps, and the Travis Kalanick
   * interview's WebVTT, 6,332) about 5 % of the gaps are exactly 1,000 ms and fewer than 1 %
   * longer. A word that lasted until the next one started would leave no pause to end an utterance
   * at.
   */
  static final double WORD_SECONDS = 0.9;

  private static final double MS = 1000;

  private final List<Line> lines = new ArrayList<>();

  /** A piece of a line's text shown from {@code start} seconds. */
  private record Piece(double start, StringBuilder text) {}

  /** One caption line, from the file's {@code line}. */
  private record Line(int line, double start, double end, List<Piece> pieces) {

    String text() {
      StringBuilder text = new StringBuilder();
      pieces.forEach(piece -> text.append(piece.text()));
      return VttCueText.plain(text.toString().replace('\n', ' '));
    }

    boolean isTimedWordByWord() {
      return pieces.stream().mapToDouble(Piece::start).distinct().count() > 1;
    }
  }

  /**
   * Starts a line shown from {@code start} to {@code end} seconds (its start when the file gives no
   * duration), written at the file's {@code line}.
   */
  void open(int line, double start, double end) {
    lines.add(new Line(line, start, Math.max(start, end), new ArrayList<>()));
  }

  /** Whether no line has been started. */
  boolean isEmpty() {
    return lines.isEmpty();
  }

  /**
   * Adds {@code text} shown from {@code start} seconds to the last line; a piece at the same time
   * as the one before it continues it, and white space alone at a time of its own (a line break,
   * the space between two words) adds nothing. Nothing is added before a line is opened.
   */
  void add(double start, String text) {
    if (lines.isEmpty() || text.isEmpty()) {
      return;
    }
    List<Piece> pieces = lines.get(lines.size() - 1).pieces();
    Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
    if (last != null && last.start() == start) {
      last.text().append(text);
    } else if (!text.isBlank()) {
      pieces.add(new Piece(start, new StringBuilder(text)));
    }
  }

  /**
   * The cues of the lines: words merged into utterances when some line times its words one by one,
   * else a cue a line.
   */
  List<Cue> cues(String location, Consumer<Problem> problems) {
    List<Line> shown = lines.stream().filter(line -> !line.text().isEmpty()).toList();
    if (shown.stream().noneMatch(Line::isTimedWordByWord)) {
      return shown.stream()
          .map(line -> new Cue(line.line(), line.start(), line.end(), null, line.text()))
          .toList();
    }
    List<Cue> cues = new ArrayList<>();
    WordCues words = new WordCues();
    for (int i = 0; i < shown.size(); i++) {
      Line line = shown.get(i);
      double shownUntil =
          i + 1 < shown.size() ? Math.min(line.end(), shown.get(i + 1).start()) : line.end();
      if (SOUND_MARK.matcher(line.text()).matches()) {
        cues.addAll(words.utterances(location, problems));
        words = new WordCues();
        cues.add(new Cue(line.line(), line.start(), shownUntil, null, line.text()));
        continue;
      }
      List<Piece> pieces = line.pieces();
      for (int p = 0; p < pieces.size(); p++) {
        double start = pieces.get(p).start();
        double next = p + 1 < pieces.size() ? pieces.get(p + 1).start() : shownUntil;
        double end = Math.max(start, Math.min(next, Math.round((start + WORD_SECONDS) * MS) / MS));
        words.add(start, end, null, VttCueText.plain(pieces.get(p).text().toString()));
      }
    }
    cues.addAll(words.utterances(location, problems));
    return cues;
  }
}
