package dev.podcastqa.ingest.source;

/** Turns the audio at an http(s) URL into a transcript, for feed items that link none. */
public interface Transcriber {

  /**
   * The transcript of the audio at {@code audioUrl}, as a text the transcript reader recognizes
   * (Whisper's {@code verbose_json}), located at {@code audioUrl}.
   *
   * @throws SourceException naming the URL when the audio cannot be fetched or transcribed
   */
  SourceText transcribe(String audioUrl);
}
