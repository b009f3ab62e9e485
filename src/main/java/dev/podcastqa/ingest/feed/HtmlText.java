package dev.podcastqa.ingest.feed;

import dev.podcastqa.ingest.transcript.Entities;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns show notes into plain paragraphs: HTML loses its head, scripts, styles and tags, decodes
 * its character references and breaks paragraphs at {@code p}, {@code br}, {@code li}, headings and
 * other blocks; text without tags breaks at each line.
 */
final class HtmlText {

  private static final Pattern HAS_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
  private static final Pattern DROPPED =
      Pattern.compile("(?is)<(head|script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern BLOCK =
      Pattern.compile(
          "(?i)</?(?:p|br|li|ul|ol|div|h[1-6]|blockquote|pre|hr|tr|table|section|article)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z!][^>]*>");

  private HtmlText() {}

  /** The non-empty paragraphs of {@code text}, HTML or plain. */
  static List<String> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String lines = text;
    if (HAS_TAG.matcher(text).find()) {
      String flat = DROPPED.matcher(text).replaceAll(" ").replaceAll("\\s+", " ");
      lines = TAG.matcher(BLOCK.matcher(flat).replaceAll("\n")).replaceAll("");
    }
    List<String> paragraphs = new ArrayList<>();
    for (String line : lines.split("\n")) {
      String paragraph =
          Entities.decode(line).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    return paragraphs;
  }
}
