package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads Transcriber's {@code .trs} files (a {@code <Trans>} root, {@code trans-14.dtd}): one cue
 * per {@code <Sync time="..."/>} point of a {@code <Turn>}, its text the words up to the next
 * point, its end that point or the turn's {@code endTime}; the turn's {@code speaker} id is the
 * speaker, by the name {@code <Speakers>} gives it. The XML is read with DTDs and external entities
 * off.
 */
final class TranscriberReader implements CueReader {

  static final String FORMAT = "transcriber";

  /** An optional XML declaration, comments and DOCTYPE, then a {@code <Trans>} root. */
  private static final Pattern ROOT =
      Pattern.compile(
          "^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--(?s:.*?)-->\\s*|<!DOCTYPE[^>]*>\\s*)*<Trans[\\s>/]");

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
  public boolean recognizesExtension(SourceText text) {
    return text.extension().equals("trs") && text.content().contains("<Trans");
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    return XmlCues.read(
        text,
        "Transcriber XML",
        skipped -> new TranscriberDocument(text.location(), skipped, problems),
        problems);
  }
}
