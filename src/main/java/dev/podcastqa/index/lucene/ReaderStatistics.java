package dev.podcastqa.index.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What every question looks up again in one index reader, looked up once per reader: its chunk
 * count, and where each word's postings start in every segment with the word's statistics (Lucene's
 * {@link TermStates}). A word's look-up seeks it in each segment's terms dictionary, and a question
 * asks for its words several times (its BM25 search in the three searched fields, the episode
 * searches of the answer, the rarity of its words); counting chunks steps through all of them once
 * a segment has deletions. A new reader (after a write is published) starts afresh.
 */
final class ReaderStatistics {

  /** Words (in one field) whose look-up is kept; past this the least used are sought again. */
  static final int TERMS = 16_384;

  /** Prefixes whose answer is kept. */
  static final int PREFIXES = 4_096;

  private final Object readerKey;
  private final List<String> fields;
  private final int chunks;
  private final Cache<Term, TermStates> terms = Caffeine.newBuilder().maximumSize(TERMS).build();
  private final Cache<String, Boolean> prefixes =
      Caffeine.newBuilder().maximumSize(PREFIXES).build();

  private ReaderStatistics(Object readerKey, IndexSearcher searcher, List<String> fields)
      throws IOException {
    this.readerKey = readerKey;
    this.fields = List.copyOf(fields);
    this.chunks = searcher.count(LuceneDocs.CHUNKS);
  }

  /**
   * {@code known} when it was made for {@code searcher}'s reader, else the statistics of that
   * reader, whose word frequencies are the largest over {@code fields}.
   */
  static ReaderStatistics of(ReaderStatistics known, IndexSearcher searcher, List<String> fields)
      throws IOException {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    Object key = helper == null ? new Object() : helper.getKey();
    if (known != null && known.readerKey == key) {
      return known;
    }
    return new ReaderStatistics(key, searcher, fields);
  }

  int chunks() {
    return chunks;
  }

  /**
   * How many chunks hold each term, in the field that holds it most (deleted chunks count until
   * their segment is merged, as in {@link IndexReader#docFreq}).
   */
  Map<String, Integer> documentFrequencies(
      IndexSearcher searcher, Collection<String> analyzedTerms) {
    Map<String, Integer> found = new HashMap<>();
    for (String term : analyzedTerms) {
      int most = 0;
      for (String field : fields) {
        most = Math.max(most, states(searcher, new Term(field, term)).docFreq());
      }
      found.put(term, most);
    }
    return found;
  }

  /** Whether {@code prefix} starts some term of the searched fields, as {@code ask} finds out. */
  boolean hasTermStartingWith(String prefix, Predicate<String> ask) {
    return prefixes.get(prefix, ask::test);
  }

  /**
   * {@code query} with each of its term queries (inside boolean and boost queries) carrying its
   * looked-up {@link TermStates}, so searching it seeks no word again. It scores exactly as {@code
   * query}: the statistics are the same reader's.
   */
  Query withTermStates(IndexSearcher searcher, Query query) {
    if (query instanceof TermQuery term) {
      return new TermQuery(term.getTerm(), states(searcher, term.getTerm()));
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(withTermStates(searcher, boost.getQuery()), boost.getBoost());
    }
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder rebuilt =
          new BooleanQuery.Builder()
              .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bool.clauses()) {
        rebuilt.add(withTermStates(searcher, clause.getQuery()), clause.getOccur());
      }
      return rebuilt.build();
    }
    return query;
  }

  private TermStates states(IndexSearcher searcher, Term term) {
    return terms.get(
        term,
        t -> {
          try {
            return TermStates.build(searcher, t, true);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot look up " + t + " in the index", e);
          }
        });
  }
}
