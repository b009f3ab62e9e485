package dev.podcastqa.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a line of page text into answerable paragraphs. Saved pages often lose their line breaks,
 * so one line may hold a sponsor message, a links line and a bullet list ({@code We riff on: * A *
 * B}); those become separate paragraphs with the sponsor and link spans removed. A final fragment
 * the site cut off with {@code …} is dropped. Paragraph text is otherwise kept as written.
 */
final class RunOnParagraphs {

  /** A bullet marker at the start of a line. */
  private static final Pattern LINE_BULLET = Pattern.compile("(?m)^[ \\t]*[-*•][ \\t]+");

  /** A bullet marker inside run-on text. */
  private static final Pattern INLINE_BULLET = Pattern.compile("\\s+[*•]\\s+");

  private static final Pattern CUT_OFF = Pattern.compile("[\\p{L}\\p{N}](?:…|\\.\\.\\.)$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]?(?=\\s)");

  private RunOnParagraphs() {}

  private record Piece(String text, boolean bullet) {}

  static List<String> split(String text) {
    List<Piece> pieces = new ArrayList<>();
    for (String outsideAds : SponsorCopy.outsideSponsorSpans(text)) {
      for (String outsideLinks : SiteChrome.outsideLinkSpans(outsideAds)) {
        pieces.addAll(bullets(outsideLinks));
      }
    }
    pieces.removeIf(piece -> piece.text().isBlank() || SiteChrome.isChromeLine(piece.text()));
    dropCutOffTail(pieces);
    return pieces.stream().map(Piece::text).toList();
  }

  private static List<Piece> bullets(String text) {
    List<Piece> pieces = new ArrayList<>();
    Matcher marker = LINE_BULLET.matcher(text);
    int from = 0;
    boolean bullet = false;
    while (marker.find()) {
      pieces.addAll(inlineBullets(text.substring(from, marker.start()), bullet));
      from = marker.end();
      bullet = true;
    }
    pieces.addAll(inlineBullets(text.substring(from), bullet));
    return pieces;
  }

  /**
   * Splits at inline markers only when they clearly make a list: two or more of them, or one right
   * after a colon, so that "2 * 3" in prose stays whole.
   */
  private static List<Piece> inlineBullets(String text, boolean bullet) {
    String[] parts = INLINE_BULLET.split(text, -1);
    boolean list = parts.length > 2 || (parts.length == 2 && parts[0].strip().endsWith(":"));
    if (!list) {
      return List.of(new Piece(text.strip(), bullet));
    }
    List<Piece> pieces = new ArrayList<>();
    pieces.add(new Piece(parts[0].strip(), bullet));
    for (int i = 1; i < parts.length; i++) {
      pieces.add(new Piece(parts[i].strip(), true));
    }
    return pieces;
  }

  /** A cut-off bullet goes entirely; a cut-off paragraph keeps its complete sentences. */
  private static void dropCutOffTail(List<Piece> pieces) {
    if (pieces.isEmpty()) {
      return;
    }
    Piece last = pieces.get(pieces.size() - 1);
    if (!CUT_OFF.matcher(last.text()).find()) {
      return;
    }
    pieces.remove(pieces.size() - 1);
    if (last.bullet()) {
      return;
    }
    Matcher end = SENTENCE_END.matcher(last.text());
    int keep = -1;
    while (end.find()) {
      keep = end.end();
    }
    if (keep > 0) {
      pieces.add(new Piece(last.text().substring(0, keep).strip(), false));
    }
  }
}
