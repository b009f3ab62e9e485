package dev.podcastqa.answer;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.Sentences;
import dev.podcastqa.retrieve.Retrieval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers "Who is X?" where X says who they are. A passage that only mentions X ("let's say you
 * create an ordinal called Casey's digital artifact") may share the question's words as well as the
 * one where X, asked for some background, says "I'm a software engineer. I live in the Bay Area"; a
 * listener asking who X is wants the second. When X speaks in the answer's episode and one of X's
 * turns introduces X ("I'm a", "I work", "I used to work"), the first such turn leads the answer,
 * at the second it starts.
 */
final class Introductions {

  /** "Who is Casey Rodarmor?": the name asked about, one to four capitalised words. */
  private static final Pattern WHO_IS =
      Pattern.compile(
          "(?i:who(?:'s|’s| is| was))\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})"
              + "\\s*\\??");

  /** A sentence in which the speaker says who they are or what they do. */
  private static final Pattern SELF_INTRODUCTION =
      Pattern.compile(
          "(?i)\\b(?:i'm|i’m|i am)\\s+(?:a|an)\\s|\\bmy (?:name|background) is\\b"
              + "|\\bi\\s+(?:work|worked|used to work|run|founded|co-founded|lead|teach|study|"
              + "studied|grew up|live in|was born)\\b");

  /** A turn introduces its speaker when it says who they are at least this many times. */
  static final int MIN_CUES = 2;

  private final AnswerTurns turns;
  private final CitationFactory citations;

  Introductions(AnswerTurns turns, CitationFactory citations) {
    this.turns = turns;
    this.citations = citations;
  }

  /**
   * {@code answered} led by the asked person's introduction of themselves when the question asks
   * who someone is and they introduce themselves in the first quote's episode; else unchanged.
   */
  List<Quote> leading(List<Quote> answered, Retrieval retrieval) {
    Matcher asked = WHO_IS.matcher(retrieval.question().strip());
    if (answered.isEmpty() || !asked.matches()) {
      return answered;
    }
    Quote lead = answered.get(0);
    Chunk chunk = lead.passage().chunk();
    if (chunk.kind() != ChunkKind.TRANSCRIPT) {
      return answered;
    }
    Optional<Quote> introduced =
        introduction(citations.transcript(chunk), names(asked.group(1)))
            .flatMap(turn -> turns.said(lead, retrieval, chunk.episodeId(), turn));
    if (introduced.isEmpty()) {
      return answered;
    }
    List<Quote> out = new ArrayList<>(List.of(introduced.get()));
    NewMoments news = new NewMoments(citations);
    for (Quote quote : answered) {
      if (out.size() < QuotePicker.MAX_QUOTES && news.isNew(quote, out)) {
        out.add(quote);
      }
    }
    return out;
  }

  /**
   * The turn of {@code transcript} in which a speaker named by {@code names} says most about who
   * they are (at least {@link #MIN_CUES} times: "I'm a software engineer. I live in the Bay Area. I
   * used to work for ...", not a passing "I am a long-time listener"), the first of equals: its
   * second and its words from the first introducing sentence on.
   */
  static Optional<AnswerTurns.Turn> introduction(List<Segment> transcript, Set<String> names) {
    AnswerTurns.Turn best = null;
    int most = MIN_CUES - 1;
    for (Segment segment : transcript) {
      String speaker = CitationFactory.named(segment.speaker());
      if (speaker == null || !names.containsAll(names(speaker))) {
        continue;
      }
      List<String> sentences = Sentences.split(QuoteText.spaced(segment.text()));
      int first = -1;
      int cues = 0;
      for (int i = 0; i < sentences.size(); i++) {
        Matcher cue = SELF_INTRODUCTION.matcher(sentences.get(i));
        while (cue.find()) {
          cues++;
          first = first < 0 ? i : first;
        }
      }
      if (cues > most) {
        most = cues;
        String words = String.join(" ", sentences.subList(first, sentences.size()));
        best = new AnswerTurns.Turn((int) Math.floor(segment.startSeconds()), words);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The words of a name, lower-cased: "Casey Rodarmor" and "Casey" name the same speaker. */
  private static Set<String> names(String name) {
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s.]+"))
        .filter(w -> !w.isBlank())
        .collect(Collectors.toSet());
  }
}
