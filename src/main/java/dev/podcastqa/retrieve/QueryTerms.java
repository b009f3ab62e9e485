package dev.podcastqa.retrieve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * The content words of a text as the BM25 index sees them (lower case, stop words removed, English
 * stems), so answers can measure how much of a question a sentence covers.
 */
public final class QueryTerms implements AutoCloseable {

  /**
   * Texts whose content words are kept. One answer analyzes the same few passages and their
   * sentences several times over (the evidence of the retrieval, the quotes, the moments), and the
   * passages asked about often come back; analysis was about a tenth of the request threads' time
   * in a profile of the bench's chat at 100k chunks.
   */
  static final int ANALYZED_KEPT = 8192;

  private final Analyzer analyzer = new EnglishAnalyzer();
  // Run on the caller's thread: nothing waits on the common pool.
  private final Cache<String, Set<String>> analyzed =
      Caffeine.newBuilder().maximumSize(ANALYZED_KEPT).executor(Runnable::run).build();
  private final CharArraySet functionWords = snowballStopWords();
  private final Analyzer words =
      new org.apache.lucene.analysis.standard.StandardAnalyzer(CharArraySet.EMPTY_SET);

  /** The content words of {@code text}, in order, as a set of the caller's own. */
  public Set<String> of(String text) {
    return new LinkedHashSet<>(
        analyzed.get(text, t -> Collections.unmodifiableSet(analyze(analyzer, t))));
  }

  /** The words of {@code text} as written, in lower case, with nothing removed or stemmed. */
  public Set<String> words(String text) {
    return analyze(words, text);
  }

  /**
   * Whether {@code word} (lower case, as written) is a function word ("what", "does", "her"), one
   * of Snowball's English stop words: it carries no topic.
   */
  public boolean isFunctionWord(String word) {
    return functionWords.contains(word);
  }

  private static CharArraySet snowballStopWords() {
    try (Reader in =
        IOUtils.getDecodingReader(
            SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene's English stop words", e);
    }
  }

  private static Set<String> analyze(Analyzer analyzer, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze text", e);
    }
    return terms;
  }

  /** Share of {@code question}'s terms found in {@code candidate} (0 when it has none). */
  public static double coverage(Set<String> question, Set<String> candidate) {
    if (question.isEmpty()) {
      return 0;
    }
    long found = question.stream().filter(candidate::contains).count();
    return (double) found / question.size();
  }

  /**
   * Like {@link #coverage}, but a question term also counts as found when a candidate term of at
   * least {@code 4} letters shares its first four letters and one starts with the other's stem
   * ("grok" finds "groke", the stem of a misspelt "groking").
   */
  public static double looseCoverage(Set<String> question, Set<String> candidate) {
    if (question.isEmpty()) {
      return 0;
    }
    long found = question.stream().filter(q -> holds(candidate, q)).count();
    return (double) found / question.size();
  }

  private static boolean holds(Set<String> candidate, String term) {
    if (candidate.contains(term)) {
      return true;
    }
    if (term.length() < 4) {
      return false;
    }
    for (String c : candidate) {
      if (c.length() >= 4 && (c.startsWith(term) || term.startsWith(c))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    analyzer.close();
    words.close();
  }
}
