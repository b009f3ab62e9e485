package dev.podcastqa.index.elastic;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs Lucene's {@link EnglishAnalyzer} on this side of the wire, for both documents and questions,
 * and hands Elasticsearch the resulting terms joined by spaces for a whitespace-analyzed field. So
 * BM25 sees exactly the terms the Lucene store sees, on any Elasticsearch distribution (the minimal
 * one has no {@code english} analyzer).
 */
final class EnglishTerms {

  private final Analyzer analyzer = new EnglishAnalyzer();

  /** The analyzed terms of {@code text} in order, separated by single spaces; "" when none. */
  String of(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder terms = new StringBuilder(text.length());
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (!terms.isEmpty()) {
          terms.append(' ');
        }
        terms.append(term);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze text in memory", e);
    }
    return terms.toString();
  }
}
