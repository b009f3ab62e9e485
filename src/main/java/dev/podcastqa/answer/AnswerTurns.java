package dev.podcastqa.answer;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.Sentences;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.Retrieval;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cites the answer, not the question put to the one who answers. A host's question often repeats
 * the listener's words ("what happens in a screen reader if an image has no alt attribute?"), so it
 * matches best, while what the listener wants begins where the guest starts to answer, which after
 * a long question can be minutes later. When the quoted words belong to a speaker's turn that ends
 * on a question, and the next turn is another voice's answer (named, or only labelled otherwise:
 * "Speaker 2" asks, "Speaker 1" answers), that answer's first words are quoted instead, at the
 * second it starts.
 */
final class AnswerTurns {

  /** The answer must start within this many seconds of the quoted words. */
  static final int MAX_WAIT_SECONDS = 240;

  /**
   * The quoted words put the question that ends their turn only when that question starts within
   * this many seconds of them: a guest's long answer that ends by handing back to the host ("And
   * Dan, what was your question?") puts no question with its first words.
   */
  static final int QUESTION_REACH_SECONDS = 60;

  /** An answer shorter than this many words ("Right.", "Sure, yeah") is not the answer. */
  static final int MIN_ANSWER_WORDS = 20;

  /** How far back from the answer's start a transcript window holding it is looked for. */
  static final int WINDOW_REACH_SECONDS = 120;

  private final MomentFinder moments;
  private final CitationFactory citations;
  private final QuoteText text;

  AnswerTurns(MomentFinder moments, CitationFactory citations, QuoteText text) {
    this.moments = moments;
    this.citations = citations;
    this.text = text;
  }

  /** The answer to the question {@code quote} puts, when it puts one; else {@code quote}. */
  Quote answering(Quote quote, Retrieval retrieval) {
    Chunk chunk = quote.passage().chunk();
    if (chunk.kind() != ChunkKind.TRANSCRIPT) {
      return quote;
    }
    List<Segment> transcript = citations.transcript(chunk);
    int at = CitationFactory.utterance(transcript, chunk, quote.text());
    Optional<Turn> answer = answerAfter(transcript, at);
    if (answer.isEmpty()) {
      return quote;
    }
    return said(quote, retrieval, chunk.episodeId(), answer.get()).orElse(quote);
  }

  /**
   * {@code turn}'s opening sentences, quoted from the transcript window of {@code episodeId} that
   * holds its start, with {@code basis}'s score; empty when no window holds it.
   */
  Optional<Quote> said(Quote basis, Retrieval retrieval, String episodeId, Turn turn) {
    int second = turn.second();
    return moments
        .transcriptWithin(retrieval, episodeId, second - WINDOW_REACH_SECONDS, second + 1)
        .stream()
        .filter(p -> holds(p.chunk(), second))
        .max((a, b) -> Integer.compare(a.chunk().startSeconds(), b.chunk().startSeconds()))
        .map(p -> answered(basis, p, turn.words()));
  }

  /**
   * Whether {@code sentence}, said in {@code chunk}, is a question one speaker puts and another
   * answers ({@link #answerAfter}): where a listener's question is most often found in other words,
   * since the host asks what listeners would.
   */
  boolean putsQuestion(Chunk chunk, String sentence) {
    if (chunk.kind() != ChunkKind.TRANSCRIPT || !sentence.strip().endsWith("?")) {
      return false;
    }
    List<Segment> transcript = citations.transcript(chunk);
    return answerAfter(transcript, CitationFactory.utterance(transcript, chunk, sentence))
        .isPresent();
  }

  /**
   * The turn that answers the question ending the turn of utterance {@code at}: the next turn, when
   * the question is said within {@link #QUESTION_REACH_SECONDS} of utterance {@code at} and another
   * speaker (another label) answers it soon enough and at enough length.
   */
  static Optional<Turn> answerAfter(List<Segment> transcript, int at) {
    if (at < 0) {
      return Optional.empty();
    }
    String asker = label(transcript.get(at));
    if (asker == null) {
      return Optional.empty();
    }
    int last = at;
    // Captions often label only a turn's first line: an unlabelled line continues the turn.
    while (last + 1 < transcript.size() && continues(transcript.get(last + 1), asker)) {
      last++;
    }
    if (!transcript.get(last).text().strip().endsWith("?")
        || last + 1 >= transcript.size()
        || transcript.get(last).startSeconds() - transcript.get(at).startSeconds()
            > QUESTION_REACH_SECONDS) {
      return Optional.empty();
    }
    Segment first = transcript.get(last + 1);
    String answerer = label(first);
    if (answerer == null
        || answerer.equals(asker)
        || first.startSeconds() - transcript.get(at).startSeconds() > MAX_WAIT_SECONDS) {
      return Optional.empty();
    }
    StringBuilder words = new StringBuilder();
    for (int i = last + 1; i < transcript.size(); i++) {
      Segment segment = transcript.get(i);
      if (!continues(segment, answerer) || wordCount(words) >= QuoteText.MAX_WORDS) {
        break;
      }
      words.append(words.isEmpty() ? "" : " ").append(segment.text().strip());
    }
    if (wordCount(words) < MIN_ANSWER_WORDS) {
      return Optional.empty();
    }
    return Optional.of(new Turn((int) Math.floor(first.startSeconds()), words.toString()));
  }

  /** The answer's opening sentences, from the window {@code passage} that holds its start. */
  private Quote answered(Quote question, Passage passage, String words) {
    StringBuilder said = new StringBuilder();
    for (String sentence : Sentences.split(QuoteText.spaced(words))) {
      said.append(said.isEmpty() ? "" : " ").append(sentence);
      if (wordCount(said) >= QuoteText.SHORT_WORDS) {
        break;
      }
    }
    String[] all = said.toString().split("\\s+");
    String quote =
        all.length <= QuoteText.MAX_WORDS
            ? said.toString()
            : String.join(" ", List.of(all).subList(0, QuoteText.MAX_WORDS)) + "…";
    return new Quote(passage, quote, text.termsOf(quote), question.score(), question.chapter());
  }

  private static boolean holds(Chunk chunk, int second) {
    return chunk.startSeconds() <= second
        && chunk.endSeconds() != null
        && second <= chunk.endSeconds();
  }

  /** Whether {@code segment} is {@code speaker}'s: labelled so, or not labelled at all. */
  private static boolean continues(Segment segment, String speaker) {
    String label = label(segment);
    return label == null || speaker.equals(label);
  }

  /**
   * The label of the voice saying {@code segment}, named or not ("Speaker 2" asks, "Speaker 1"
   * answers: two voices); null when the caption carries none.
   */
  private static String label(Segment segment) {
    String label = segment.speaker();
    return label == null || label.isBlank() ? null : label.strip();
  }

  private static int wordCount(CharSequence text) {
    String s = text.toString().strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  /** Where an answering turn starts, and its first words. */
  record Turn(int second, String words) {
    Turn {
      Objects.requireNonNull(words, "words");
    }
  }
}
