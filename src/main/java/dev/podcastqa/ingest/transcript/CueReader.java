package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceHeader;
import dev.podcastqa.ingest.source.SourceText;
import java.util.List;
import java.util.function.Consumer;

/** One transcript format: how to recognize it and how to read its cues. */
interface CueReader {

  /** The format name sources record, e.g. {@code webvtt}. */
  String format();

  /** Whether the content alone shows this format. */
  boolean recognizesContent(SourceText text);

  /**
   * Whether the file extension names this format and the content does not contradict it; never, for
   * the formats that are known by their content alone.
   */
  default boolean recognizesExtension(SourceText text) {
    return false;
  }

  /**
   * The cues in file order; cues that cannot be read go to {@code problems}.
   *
   * @throws dev.podcastqa.ingest.source.SourceException when the file cannot be read at all
   */
  List<Cue> read(SourceText text, Consumer<Problem> problems);

  /**
   * What the file says about its episode in a header of its own (a title, a podcast, ...); {@link
   * SourceHeader#NONE} for formats that have no header. Fields of the wrong form go to {@code
   * problems}.
   */
  default SourceHeader header(SourceText text, Consumer<Problem> problems) {
    return SourceHeader.NONE;
  }

  /** Untimed paragraphs the file holds about the episode as a whole; none for most formats. */
  default List<String> notes(SourceText text) {
    return List.of();
  }
}
