package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * The timed words a speech-to-text service's JSON lists, gathered in file order and merged into
 * utterances by {@link UtteranceMerger}. Services that write punctuation as an untimed item of its
 * own (Amazon Transcribe, Rev.ai, Speechmatics) have it attached to the word before it. A file that
 * lists utterances rather than words (Deepgram's or AssemblyAI's without words) has them
 * {@linkplain #asListed() as listed}.
 */
final class WordCues {

  private final List<Cue> words = new ArrayList<>();

  /** Adds a word said from {@code start} to {@code end} seconds; blank words are left out. */
  void add(double start, double end, String speaker, String word) {
    String said = word == null ? "" : word.strip();
    if (!said.isEmpty()) {
      words.add(new Cue(0, start, Math.max(start, end), speaker, said));
    }
  }

  /**
   * Adds a word whose times are JSON values in seconds ({@link JsonTranscriptReader#seconds}), its
   * end taken as its start when it has none; false, adding nothing, when its start is no time.
   */
  boolean add(JsonNode start, JsonNode end, String speaker, String word) {
    OptionalDouble from = JsonTranscriptReader.seconds(start);
    if (from.isEmpty()) {
      return false;
    }
    add(
        from.getAsDouble(),
        JsonTranscriptReader.seconds(end).orElse(from.getAsDouble()),
        speaker,
        word);
    return true;
  }

  /** Attaches {@code mark} ({@code ","}, {@code "."}) to the word before it, if there is one. */
  void attach(String mark) {
    String said = mark == null ? "" : mark.strip();
    if (!said.isEmpty() && !words.isEmpty()) {
      int last = words.size() - 1;
      words.set(last, words.get(last).withText(words.get(last).text() + said));
    }
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  /** The pieces as they were added, for a file whose pieces are utterances already. */
  List<Cue> asListed() {
    return new ArrayList<>(words);
  }

  /** The words merged into utterances, in time order. */
  List<Cue> utterances(String location, Consumer<Problem> problems) {
    return new UtteranceMerger().merge(new CueOrder(location, problems).tidy(words));
  }
}
