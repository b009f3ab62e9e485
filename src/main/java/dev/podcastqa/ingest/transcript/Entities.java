package dev.podcastqa.ingest.transcript;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes HTML character references, as WebVTT cue text and HTML show notes write them. */
public final class Entities {

  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");

  /** The named references transcripts and show notes use; others are left as written. */
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", "\u00A0"),
          Map.entry("lrm", "\u200E"),
          Map.entry("rlm", "\u200F"),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("hellip", "\u2026"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("ldquo", "\u201C"),
          Map.entry("rdquo", "\u201D"),
          Map.entry("laquo", "\u00AB"),
          Map.entry("raquo", "\u00BB"),
          Map.entry("bull", "\u2022"),
          Map.entry("middot", "\u00B7"),
          Map.entry("copy", "\u00A9"),
          Map.entry("reg", "\u00AE"),
          Map.entry("trade", "\u2122"),
          Map.entry("deg", "\u00B0"),
          Map.entry("times", "\u00D7"),
          Map.entry("euro", "\u20AC"),
          Map.entry("pound", "\u00A3"),
          Map.entry("eacute", "\u00E9"),
          Map.entry("egrave", "\u00E8"),
          Map.entry("aacute", "\u00E1"),
          Map.entry("iacute", "\u00ED"),
          Map.entry("oacute", "\u00F3"),
          Map.entry("uacute", "\u00FA"),
          Map.entry("auml", "\u00E4"),
          Map.entry("ouml", "\u00F6"),
          Map.entry("uuml", "\u00FC"),
          Map.entry("szlig", "\u00DF"),
          Map.entry("ccedil", "\u00E7"),
          Map.entry("ntilde", "\u00F1"));

  private Entities() {}

  /** {@code text} with every known reference replaced by its character. */
  public static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(character(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String character(Matcher m) {
    if (m.group(3) != null) {
      return NAMED.getOrDefault(m.group(3), m.group());
    }
    int codePoint =
        m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
    if (codePoint == 0
        || !Character.isValidCodePoint(codePoint)
        || Character.getType(codePoint) == Character.SURROGATE) {
      return "\uFFFD";
    }
    return Character.toString(codePoint);
  }
}
