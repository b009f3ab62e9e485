package dev.podcastqa.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns show notes into plain paragraphs with jsoup: HTML loses its head, scripts, styles and tags,
 * decodes its character references and breaks paragraphs at {@code p}, {@code br}, {@code li},
 * headings and other blocks; text without tags breaks at each line.
 */
public final class HtmlText {

  private static final Pattern HAS_TAG = Pattern.compile("</?[A-Za-z][^>]*>");

  /**
   * {@code <!DOCTYPE html>} or {@code <html>}, after an XHTML page's XML declaration and comments.
   */
  private static final Pattern DOCUMENT =
      Pattern.compile("(?is)^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(<!doctype html|<html)");

  private static final String DROPPED = "head, script, style, noscript, template";

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
    Document document = Jsoup.parse(html);
    String title = document.title().strip();
    String body = String.join("\n\n", paragraphs(document.body()));
    return title.isEmpty() ? body : title + "\n\n" + body;
  }

  /** The non-empty paragraphs of {@code text}, HTML or plain. */
  public static List<String> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    if (!HAS_TAG.matcher(text).find()) {
      return lines(Parser.unescapeEntities(text, false));
    }
    Document document = isDocument(text) ? Jsoup.parse(text) : Jsoup.parseBodyFragment(text);
    return paragraphs(document.body());
  }

  /** The non-empty paragraphs of {@code element}, broken at its blocks and line breaks. */
  public static List<String> paragraphs(Element element) {
    element.select(DROPPED).remove();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new Flattener(out), element);
    return lines(out.toString());
  }

  private static List<String> lines(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : text.split("\n")) {
      String paragraph = line.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    return paragraphs;
  }

  /**
   * Writes text nodes as they read, and a line break around each block and at each br; a link's
   * text is never left a speaker's label ({@link LinkLabels}).
   */
  private static final class Flattener implements NodeVisitor {

    private final StringBuilder out;

    /** Where the text of the last link closed so far starts and ends in {@code out}, or -1. */
    private int linkStart = -1;

    private int linkEnd = -1;

    private int openedAt = -1;

    Flattener(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        String whole = text.getWholeText().replace('\n', ' ');
        out.append(linkEnd == out.length() ? afterLink(whole) : whole);
      } else if (node instanceof Element element && breaks(element)) {
        out.append('\n');
      } else if (node instanceof Element element && element.normalName().equals("a")) {
        openedAt = out.length();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && breaks(element)) {
        out.append('\n');
      } else if (node instanceof Element element && element.normalName().equals("a")) {
        linkStart = openedAt;
        linkEnd = out.length();
      }
    }

    private String afterLink(String text) {
      int lineStart = out.lastIndexOf("\n", linkStart) + 1;
      return LinkLabels.following(
          out.substring(lineStart, linkStart), out.substring(linkStart, linkEnd), text);
    }

    private static boolean breaks(Element element) {
      return element.isBlock() || element.normalName().equals("br");
    }
  }
}
