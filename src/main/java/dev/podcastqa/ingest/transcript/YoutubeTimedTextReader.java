package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads YouTube's XML captions, as yt-dlp saves them with {@code --sub-format srv3}, {@code srv2}
 * or {@code srv1} (and the old timedtext API served them): srv3 {@code <timedtext format="3">} with
 * {@code <p t="0" d="3200">} lines and, in auto captions, {@code <s t="400">} words (milliseconds,
 * {@code t} of a word after its line's); srv2 {@code <timedtext>} with {@code <text t="4160"
 * d="4160">} pieces, {@code append="1"} adding a word to the line on screen; srv1 {@code
 * <transcript>} with {@code <text start="1.2" dur="2.16">} lines in seconds, their text escaped
 * once more ({@code &amp;#39;}). The lines are made into cues by {@link CaptionLines}. The XML is
 * read with DTDs and external entities off.
 */
final class YoutubeTimedTextReader implements CueReader {

  static final String FORMAT = "youtube-timedtext";

  /** An optional XML declaration, then a {@code <timedtext>} root or srv1's timed texts. */
  private static final Pattern ROOT =
      Pattern.compile(
          "^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<timedtext[\\s>/]|<transcript>\\s*<text\\s[^>]*\\bstart=)");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    String head = XmlCues.head(text);
    return ROOT.matcher(head).find();
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    return XmlCues.read(
        text,
        "YouTube timedtext XML",
        skipped -> new YoutubeTimedTextDocument(text.location(), skipped, problems),
        problems);
  }
}
