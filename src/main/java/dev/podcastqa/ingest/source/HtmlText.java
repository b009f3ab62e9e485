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

  /** Writes text nodes as they read, and a line break around each block and at each br. */
  private record Flattener(StringBuilder out) implements NodeVisitor {

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        out.append(text.getWholeText().replace('\n', ' '));
      } else if (node instanceof Element element && breaks(element)) {
        out.append('\n');
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && breaks(element)) {
        out.append('\n');
      }
    }

    private static boolean breaks(Element element) {
      return element.isBlock() || element.normalName().equals("br");
    }
  }
}
