package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns whisper.cpp's word-level printed lines (its {@code -ml 1} output: one token a line, {@code
 * [00:00:03.770 --> 00:00:03.970] cl}) into utterances. whisper.cpp prints two spaces after the
 * bracket, then the token, whose own leading space starts a word: a line indented less than most
 * lines of the file goes on with the word above ({@code Sun}, {@code cl}, {@code amps} is one word;
 * a {@code .} ends the word before). The words are merged into utterances by {@link
 * UtteranceMerger}; tinydiarize's {@code [SPEAKER_TURN]} mark (its {@code -tdrz} output) ends the
 * utterance it closes, and names no one. Token times that go back (whisper.cpp times a token now
 * and then before the one above it) are taken as the time of the word before, in one problem line.
 */
final class WhisperCppWords {

  private static final String TURN = "[SPEAKER_TURN]";

  /** One printed line: its cue and how many spaces stood between the bracket and the token. */
  record Piece(Cue cue, int indent) {}

  private final UtteranceMerger merger = new UtteranceMerger();

  List<Cue> utterances(List<Piece> pieces, String location, Consumer<Problem> problems) {
    int wordIndent = mostCommonIndent(pieces);
    List<List<Cue>> turns = new ArrayList<>();
    List<Cue> words = new ArrayList<>();
    Mend mend = new Mend();
    for (Piece piece : pieces) {
      String text = piece.cue().text();
      boolean turnEnds = text.endsWith(TURN);
      text = turnEnds ? text.substring(0, text.length() - TURN.length()).strip() : text.strip();
      if (!text.isEmpty()) {
        Cue cue = mend.inOrder(piece.cue().withText(text));
        if (piece.indent() < wordIndent && !words.isEmpty()) {
          Cue word = words.remove(words.size() - 1);
          words.add(
              new Cue(
                  word.line(),
                  word.start(),
                  Math.max(word.end(), cue.end()),
                  word.speaker(),
                  word.text() + text));
        } else {
          words.add(cue);
        }
      }
      if (turnEnds && !words.isEmpty()) {
        turns.add(words);
        words = new ArrayList<>();
      }
    }
    turns.add(words);
    mend.report(location, problems);
    List<Cue> utterances = new ArrayList<>();
    for (List<Cue> turn : turns) {
      utterances.addAll(merger.merge(turn));
    }
    return utterances;
  }

  private static int mostCommonIndent(List<Piece> pieces) {
    Map<Integer, Integer> counts = new HashMap<>();
    pieces.forEach(p -> counts.merge(p.indent(), 1, Integer::sum));
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(0);
  }

  /** Keeps token times from going back, counting the tokens it moved. */
  private static final class Mend {
    private double last;
    private int moved;
    private int firstLine;

    Cue inOrder(Cue cue) {
      double start = Math.max(cue.start(), last);
      double end = Math.max(cue.end(), start);
      if (start != cue.start() || end != cue.end()) {
        moved++;
        firstLine = firstLine == 0 ? cue.line() : firstLine;
      }
      last = start;
      return new Cue(cue.line(), start, end, cue.speaker(), cue.text());
    }

    void report(String location, Consumer<Problem> problems) {
      if (moved > 0) {
        problems.accept(
            new Problem(
                location,
                firstLine,
                moved
                    + " word times go back before the word above or end before they start"
                    + " (whisper.cpp's token times); each is taken as the time of the word before"));
      }
    }
  }
}
