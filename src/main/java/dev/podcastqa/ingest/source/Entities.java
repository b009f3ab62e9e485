package dev.podcastqa.ingest.source;

import org.jsoup.parser.Parser;

/** Decodes HTML character references, as WebVTT cue text writes them (jsoup's HTML5 table). */
public final class Entities {

  private Entities() {}

  /** {@code text} with every known reference replaced by its character. */
  public static String decode(String text) {
    return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false);
  }
}
