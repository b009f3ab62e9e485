package dev.podcastqa.ingest;

import dev.podcastqa.ingest.transcript.Entities;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns show notes into plain paragraphs: HTML loses its head, scripts, styles and tags, decodes
 * its character references and breaks paragraphs at {@code p}, {@code br}, {@code li}, headings and
 * other blocks; text without tags breaks at each line.
 */
public final class HtmlText {

  private static final Pattern HAS_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
  private static final Pattern DROPPED =
      Pattern.compile("(?is)<(head|script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern BLOCK =
      Pattern.compile(
          "(?i)</?(?:p|br|li|ul|ol|div|h[1-6]|blockquote|pre|hr|tr|table|section|article)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z!][^>]*>");

  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title\\s*>");
  private static final Pattern DOCUMENT = Pattern.compile("(?is)^\\s*(<!doctype html|<html)");

  private HtmlText() {}

  /** Whether {@code text} is a whole HTML document rather than text or a fragment. */
  public static boolean isDocument(String text) {
    return DOCUMENT.matcher(text).find();
  }

  /**
   * A saved or fetched HTML page as text a page reader can read: its title on the first line, then
   * its paragraphs separated by blank lines.
   */
  public static String pageText(String html) {
    StringBuilder text = new StringBuilder();
    java.util.regex.Matcher title = TITLE.matcher(html);
    if (title.find()) {
      text.append(paragraphs(title.group(1)).stream().findFirst().orElse("")).append("\n\n");
    }
    text.append(String.join("\n\n", paragraphs(html)));
    return text.toString();
  }

  /** The non-empty paragraphs of {@code text}, HTML or plain. */
  public static List<String> paragraphs(String text) {
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
