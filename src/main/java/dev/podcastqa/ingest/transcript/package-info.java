/**
 * Transcripts: WebVTT, SRT, SBV, TTML (Apple Podcasts' included), YouTube's json3 and timedtext XML
 * captions, Podcasting 2.0 JSON, Whisper's JSON and printed {@code [start --> end]} lines, HTML
 * whose words carry {@code data-start} times, and timed text (the speaker-line shapes transcription
 * tools and podcast sites export, captions copied as text), read into timed {@link
 * dev.podcastqa.episode.Segment}s with their speakers, plus what a file says about its episode in a
 * header of its own ({@code Title:} lines, a WebVTT {@code NOTE}, JSON fields).
 *
 * <p>In: a {@link dev.podcastqa.ingest.source.SourceText}. Out: a {@link
 * dev.podcastqa.ingest.transcript.Transcript} of utterances in time order and its header; cues that
 * cannot be read are reported as problems and skipped. Whether timed text is a transcript or a
 * page's table of contents is decided by {@code TranscriptEvidence}.
 */
package dev.podcastqa.ingest.transcript;
