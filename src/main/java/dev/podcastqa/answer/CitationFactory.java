package dev.podcastqa.answer;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Timecode;
import dev.podcastqa.index.AnonymousSpeakers;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds citations from retrieved chunks: the episode's title and podcast from the catalog, the
 * time, speaker and link from the chunk and the transcript it was cut from. Nothing here comes from
 * generated text.
 *
 * <p>A transcript window is about a minute long; a quote from it is cited at the second of the
 * utterance that says it, so the link starts where the words are spoken. An utterance longer than
 * {@link NewMoments#SAME_MOMENT_SECONDS} (a whole turn timed only at its start, as transcripts with
 * turn heads are) holds several moments: a quote from inside it is cited at the second its first
 * word is reached when the turn's words are spread evenly over the turn's duration.
 */
public final class CitationFactory {

  /** Characters of a quote matched against the utterances of its window. */
  static final int MATCHED_PREFIX = 40;

  /** Labels a transcriber gives when it does not know the speaker: no one is named. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Catalog catalog;

  public CitationFactory(Catalog catalog) {
    this.catalog = catalog;
  }

  public Citation cite(int n, Chunk chunk, String quote) {
    Episode episode = episode(chunk);
    List<Segment> transcript =
        chunk.kind() == ChunkKind.TRANSCRIPT ? catalog.transcript(episode.id()) : List.of();
    Located said = located(transcript, chunk, quote);
    int at = said.index();
    Integer start = !chunk.timed() ? null : at < 0 ? chunk.startSeconds() : said.second(transcript);
    // The speaker of the utterance whose second is cited, so the name and the time are one turn's.
    String speaker = at < 0 ? speaker(chunk, quote) : speakerOf(transcript, chunk, at);
    return new Citation(
        n,
        episode.id(),
        episode.title(),
        episode.podcast(),
        start,
        start == null ? null : Timecode.format(start),
        speaker,
        DeepLinks.to(episode, start == null ? 0 : start, start != null),
        DeepLinks.episodePage(episode.id(), start),
        quote);
  }

  /**
   * The second {@code quote} of {@code chunk} is cited at ({@link #cite}): of the utterance that
   * says it, else the chunk's start; null when the chunk is untimed.
   */
  Integer second(Chunk chunk, String quote) {
    if (!chunk.timed()) {
      return null;
    }
    List<Segment> transcript =
        chunk.kind() == ChunkKind.TRANSCRIPT ? catalog.transcript(chunk.episodeId()) : List.of();
    Located said = located(transcript, chunk, quote);
    return said.index() < 0 ? chunk.startSeconds() : said.second(transcript);
  }

  /** Whether the episode of {@code chunk} has a transcript. */
  boolean transcribed(Chunk chunk) {
    return catalog.hasTranscript(episode(chunk).id());
  }

  /** The episode a chunk belongs to; the index and catalog are built from one corpus. */
  public Episode episode(Chunk chunk) {
    return catalog
        .find(chunk.episodeId())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "chunk "
                        + chunk.id()
                        + " names episode "
                        + chunk.episodeId()
                        + ", which the catalog does not have"));
  }

  /**
   * Who says {@code quote} in a transcript chunk: the speaker label of the line holding it, when
   * the transcript names a person there. Null for show notes and unnamed voices.
   */
  public static String speaker(Chunk chunk, String quote) {
    if (chunk.kind() != ChunkKind.TRANSCRIPT) {
      return null;
    }
    String probe = WHITESPACE.matcher(probe(quote)).replaceAll("");
    for (String line : chunk.text().split("\n")) {
      int colon = line.indexOf(": ");
      if (colon > 0 && colon < 40 && WHITESPACE.matcher(line).replaceAll("").contains(probe)) {
        String name = line.substring(0, colon).strip();
        return AnonymousSpeakers.isAnonymous(name) ? null : name;
      }
    }
    return null;
  }

  /**
   * Who says the utterance {@code at} of {@code chunk}'s window, as the window's text labels it:
   * its own speaker, else that of the last labelled utterance before it in the window (an
   * unlabelled caption continues the turn above); null when no one is named.
   */
  static String speakerOf(List<Segment> transcript, Chunk chunk, int at) {
    for (int s = at; s >= 0; s--) {
      Segment segment = transcript.get(s);
      if (s < at && segment.startSeconds() < chunk.startSeconds() - 1) {
        return null;
      }
      if (segment.speaker() != null) {
        return named(segment.speaker());
      }
    }
    return null;
  }

  /** {@code label} when it names a person; null when blank or a transcriber's "SPEAKER_01". */
  static String named(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String name = label.strip();
    return AnonymousSpeakers.isAnonymous(name) ? null : name;
  }

  /** The transcript of the episode of {@code chunk}; empty when it has none. */
  List<Segment> transcript(Chunk chunk) {
    return catalog.transcript(chunk.episodeId());
  }

  /**
   * The index in {@code transcript} of the utterance in {@code chunk}'s time span that holds {@code
   * quote}; -1 when none does (show notes, or text the transcript spells otherwise).
   */
  static int utterance(List<Segment> transcript, Chunk chunk, String quote) {
    return located(transcript, chunk, quote).index();
  }

  /**
   * Where in {@code transcript} the {@code quote} of {@code chunk} is said: the utterance ({@link
   * #utterance}) and the share of that utterance's words said before the quote starts.
   */
  static Located located(List<Segment> transcript, Chunk chunk, String quote) {
    if (chunk.kind() != ChunkKind.TRANSCRIPT || chunk.endSeconds() == null) {
      return Located.NOWHERE;
    }
    // The utterances of the window as one text, so a sentence spanning two captions is found.
    StringBuilder text = new StringBuilder();
    List<Integer> offsets = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    for (int s = 0; s < transcript.size(); s++) {
      Segment segment = transcript.get(s);
      if (segment.startSeconds() < chunk.startSeconds() - 1) {
        continue;
      }
      if (segment.startSeconds() > chunk.endSeconds()) {
        break;
      }
      offsets.add(text.length());
      indexes.add(s);
      text.append(WHITESPACE.matcher(segment.text()).replaceAll("").toLowerCase(Locale.ROOT));
    }
    // Spaces are left out on both sides: captions and quotes may space punctuation differently.
    String probe = WHITESPACE.matcher(probe(quote)).replaceAll("").toLowerCase(Locale.ROOT);
    int at = probe.isEmpty() ? -1 : text.indexOf(probe);
    if (at < 0) {
      return Located.NOWHERE;
    }
    int i = offsets.size() - 1;
    while (offsets.get(i) > at) {
      i--;
    }
    // A few words of the quote end the cue before another speaker's ("Yeah." before the answer, or
    // the first words of a reply that the captioner left in the cue above): the quoted sentence
    // begins in that speaker's cue, so the second and the name are of that cue.
    if (i + 1 < offsets.size()
        && offsets.get(i + 1) - at < probe.length()
        && !sameLabel(transcript.get(indexes.get(i)), transcript.get(indexes.get(i + 1)))
        && wordsWithin(quote, offsets.get(i + 1) - at) < QuoteText.SHORT_WORDS) {
      return new Located(indexes.get(i + 1), 0);
    }
    int end = i + 1 < offsets.size() ? offsets.get(i + 1) : text.length();
    int length = end - offsets.get(i);
    return new Located(indexes.get(i), length <= 0 ? 0 : (double) (at - offsets.get(i)) / length);
  }

  /**
   * An utterance of a transcript and the share of its characters (spaces left out) said before a
   * quote starts in it, which stands for the share of its duration: a caption or turn head gives no
   * finer time.
   *
   * @param index the utterance's index, -1 when no utterance says the quote
   */
  record Located(int index, double before) {

    static final Located NOWHERE = new Located(-1, 0);

    /**
     * The second the quote is said at: the utterance's start, or within an utterance longer than
     * {@link NewMoments#SAME_MOMENT_SECONDS}, its start plus the share said before the quote of its
     * duration.
     */
    int second(List<Segment> transcript) {
      Segment segment = transcript.get(index);
      double lasts = segment.endSeconds() - segment.startSeconds();
      double at =
          lasts > NewMoments.SAME_MOMENT_SECONDS
              ? segment.startSeconds() + before * lasts
              : segment.startSeconds();
      return (int) Math.floor(at);
    }
  }

  /** Whether two utterances carry the same speaker label, or the second carries none. */
  private static boolean sameLabel(Segment first, Segment next) {
    return next.speaker() == null
        || next.speaker().isBlank()
        || next.speaker().strip().equals(first.speaker() == null ? "" : first.speaker().strip());
  }

  /**
   * How many words of {@code quote}, without its speaker label, it takes to say {@code chars}
   * characters other than spaces.
   */
  private static int wordsWithin(String quote, int chars) {
    String text = probe(quote, Integer.MAX_VALUE);
    int said = 0;
    int words = 0;
    for (String word : WHITESPACE.split(text.strip())) {
      if (said >= chars) {
        break;
      }
      said += word.length();
      words++;
    }
    return words;
  }

  /** The start of a quote without a speaker label, short enough to sit inside one utterance. */
  private static String probe(String quote) {
    return probe(quote, MATCHED_PREFIX);
  }

  /** The start of a quote without a speaker label, at most {@code length} characters. */
  private static String probe(String quote, int length) {
    String text = quote.strip();
    while (text.startsWith("…")) {
      text = text.substring(1).strip();
    }
    int colon = text.indexOf(": ");
    if (colon > 0 && colon < 40) {
      text = text.substring(colon + 2);
    }
    text = WHITESPACE.matcher(text).replaceAll(" ");
    return text.length() <= length ? text : text.substring(0, length);
  }
}
