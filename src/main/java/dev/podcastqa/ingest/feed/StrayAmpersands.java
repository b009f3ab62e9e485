package dev.podcastqa.ingest.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes the {@code &} characters of a feed that start no XML reference, so a feed written by hand
 * or by a careless generator is not lost whole for one of them: No Agenda's feed writes {@code
 * &lt;/p&gtgt;} in one item's notes, and a bare {@code AT&T} is as common. The five XML entities
 * and numeric character references are kept, and so is everything inside CDATA sections and
 * comments, where an {@code &} is only a character.
 */
final class StrayAmpersands {

  private static final Pattern REFERENCE =
      Pattern.compile("&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);");
  private static final Pattern SHOWN = Pattern.compile("&[#\\p{Alnum}]{0,20};?");
  private static final Pattern VERBATIM =
      Pattern.compile("<!\\[CDATA\\[.*?]]>|<!--.*?-->", Pattern.DOTALL);

  /** The feed with its stray ampersands escaped, how many there were and the line of the first. */
  record Escaped(String text, int count, int firstLine, String first) {}

  private StrayAmpersands() {}

  static Escaped escape(String xml) {
    StringBuilder out = new StringBuilder(xml.length() + 64);
    int count = 0;
    int firstLine = 0;
    String first = "";
    int line = 1;
    Matcher verbatim = VERBATIM.matcher(xml);
    int from = 0;
    while (from < xml.length()) {
      int until = verbatim.find(from) ? verbatim.start() : xml.length();
      for (int i = from; i < until; i++) {
        char c = xml.charAt(i);
        line += c == '\n' ? 1 : 0;
        if (c == '&' && !REFERENCE.matcher(xml).region(i, xml.length()).lookingAt()) {
          count++;
          if (firstLine == 0) {
            firstLine = line;
            Matcher shown = SHOWN.matcher(xml).region(i, xml.length());
            first = shown.lookingAt() ? shown.group() : "&";
          }
          out.append("&amp;");
        } else {
          out.append(c);
        }
      }
      if (until < xml.length()) {
        String kept = verbatim.group();
        out.append(kept);
        line += (int) kept.chars().filter(ch -> ch == '\n').count();
        from = verbatim.end();
      } else {
        from = until;
      }
    }
    return new Escaped(out.toString(), count, firstLine, first);
  }
}
