package dev.podcastqa.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The BM25 query for a question: each of its analyzed words in the passage text, in the chapter
 * context at a lower weight and in the episode's naming at a lower one still, all as one flat
 * disjunction of term clauses. Flat, Lucene bounds each word's contribution on its own and skips
 * the documents whose words cannot reach the best hits (MaxScore); a clause per field holding that
 * field's words, as before, scores the same but is bounded only as a whole, so the chapter and
 * episode clauses of a question with one common word were scored on nearly every document.
 */
final class LexicalQuery {

  /** Weight of a match in the chapter title context against one in the passage. */
  static final float CONTEXT_WEIGHT = 0.5f;

  /** Weight of a match in the episode title or podcast name against one in the passage. */
  static final float EPISODE_WEIGHT = 0.2f;

  /**
   * Most words of a question searched: its text is cut after them ({@link #firstWords}), and the
   * three fields, analyzed alike, then stay under Lucene's 1,024 clauses of one query, which a
   * question of 400 Chinese characters (a word each) passed. Words past the first {@value} of a
   * question add nothing a listener would miss.
   */
  static final int MAX_WORDS = 300;

  private final Analyzer analyzer;
  private final QueryBuilder queries;

  LexicalQuery(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.queries = new QueryBuilder(analyzer);
  }

  /** The query for {@code question}; null when no word of it is searchable in the passage text. */
  Query of(String question, String textField, String contextField, String episodeField) {
    String text = firstWords(question, textField);
    Query inText = queries.createBooleanQuery(textField, text);
    if (inText == null) {
      return null;
    }
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    add(terms, inText, 1f);
    add(terms, queries.createBooleanQuery(contextField, text), CONTEXT_WEIGHT);
    add(terms, queries.createBooleanQuery(episodeField, text), EPISODE_WEIGHT);
    return terms.build();
  }

  /** Adds {@code query}'s word clauses (or {@code query}, a single word) weighted by {@code w}. */
  private static void add(BooleanQuery.Builder to, Query query, float w) {
    if (query == null) {
      return;
    }
    List<Query> words =
        query instanceof BooleanQuery bool && isDisjunction(bool)
            ? bool.clauses().stream().map(BooleanClause::getQuery).toList()
            : List.of(query);
    for (Query word : words) {
      to.add(w == 1f ? word : new BoostQuery(word, w), BooleanClause.Occur.SHOULD);
    }
  }

  /**
   * {@code text} up to the end of its {@link #MAX_WORDS}th word as {@code field} analyzes it: one
   * field's words alone may pass Lucene's 1,024 clauses (a question of 2,000 Chinese characters is
   * 2,000 words), which the query builder refuses.
   */
  private String firstWords(String text, String field) {
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      int end = text.length();
      for (int words = 0; tokens.incrementToken(); ) {
        if (++words == MAX_WORDS) {
          end = offset.endOffset();
          break;
        }
      }
      tokens.end();
      return text.substring(0, end);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze a question", e);
    }
  }

  private static boolean isDisjunction(BooleanQuery bool) {
    return bool.getMinimumNumberShouldMatch() == 0
        && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
  }
}
