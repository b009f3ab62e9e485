package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads TTML (and DFXP, its older name) transcripts: one cue per {@code <p>}, its text the words of
 * its spans (Apple Podcasts' word spans, written with no space between them, kept apart), its
 * speaker the {@code ttm:agent} it or its parent names, by the agent's {@code ttm:name} when the
 * head gives one.
 *
 * <p>Times are read as written on each element, as Apple Podcasts and caption tools use them, not
 * offset by a parent's {@code begin}. A paragraph without {@code begin} takes its first span's,
 * without {@code end} its {@code dur}, its last span's end or the next cue's start. The XML is read
 * with DTDs and external entities off.
 */
final class TtmlReader implements CueReader {

  static final String FORMAT = "ttml";

  private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?tt[\\s>/]");
  private static final Pattern NAMESPACE =
      Pattern.compile("www\\.w3\\.org/(?:ns/ttml|2006/(?:04|10)/ttaf1)");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    String head = XmlCues.head(text);
    return ROOT.matcher(head).find() && NAMESPACE.matcher(head).find();
  }

  @Override
  public boolean recognizesExtension(SourceText text) {
    String extension = text.extension();
    return (extension.equals("ttml") || extension.equals("dfxp"))
        && ROOT.matcher(text.content()).find();
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    return XmlCues.read(
        text, "TTML", skipped -> new TtmlDocument(text.location(), skipped, problems), problems);
  }
}
