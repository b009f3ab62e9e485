package dev.podcastqa.index.lucene;

import static dev.podcastqa.index.ChunkSegments.CHAPTER;
import static dev.podcastqa.index.ChunkSegments.CHUNK_ID;
import static dev.podcastqa.index.ChunkSegments.CONTEXT;
import static dev.podcastqa.index.ChunkSegments.END;
import static dev.podcastqa.index.ChunkSegments.EPISODE;
import static dev.podcastqa.index.ChunkSegments.EPISODE_ID;
import static dev.podcastqa.index.ChunkSegments.KIND;
import static dev.podcastqa.index.ChunkSegments.PODCAST_KEY;
import static dev.podcastqa.index.ChunkSegments.PUBLISHED_DAY;
import static dev.podcastqa.index.ChunkSegments.START;
import static dev.podcastqa.index.ChunkSegments.URL;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsGreaterThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsLessThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.logical.And;
import dev.podcastqa.index.ChunkSegments;
import dev.podcastqa.index.EpisodeMark;
import dev.podcastqa.index.SearchFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * How chunks and episode markers are laid out as Lucene documents, and how LangChain4j metadata
 * filters become Lucene queries.
 */
final class LuceneDocs {

  static final String TYPE = "type";
  static final String CHUNK = "chunk";
  static final String EPISODE = "episode";
  static final String TEXT = "text";
  static final String VECTOR = "vector";
  static final String HASH = "hash";
  static final String FINGERPRINT = "fingerprint";
  static final Query CHUNKS = new TermQuery(new Term(TYPE, CHUNK));
  static final Query EPISODES = new TermQuery(new Term(TYPE, EPISODE));

  private LuceneDocs() {}

  static Document chunk(String id, float[] vector, TextSegment segment) {
    Metadata m = segment.metadata();
    Document doc = new Document();
    doc.add(new StringField(TYPE, CHUNK, Field.Store.NO));
    doc.add(new StringField(CHUNK_ID, id, Field.Store.YES));
    doc.add(new StringField(EPISODE_ID, m.getString(EPISODE_ID), Field.Store.YES));
    doc.add(new StoredField(KIND, m.getString(KIND)));
    doc.add(new StoredField(START, m.getInteger(START)));
    if (m.getInteger(END) != null) {
      doc.add(new StoredField(END, m.getInteger(END)));
    }
    if (m.getString(CHAPTER) != null) {
      doc.add(new StoredField(CHAPTER, m.getString(CHAPTER)));
    }
    if (m.getString(URL) != null) {
      doc.add(new StoredField(URL, m.getString(URL)));
    }
    doc.add(new TextField(CONTEXT, m.getString(CONTEXT), Field.Store.YES));
    doc.add(new TextField(EPISODE, m.getString(EPISODE), Field.Store.YES));
    doc.add(new TextField(TEXT, segment.text(), Field.Store.YES));
    if (m.getString(PODCAST_KEY) != null) {
      doc.add(new StringField(PODCAST_KEY, m.getString(PODCAST_KEY), Field.Store.YES));
    }
    if (m.getLong(PUBLISHED_DAY) != null) {
      doc.add(new LongPoint(PUBLISHED_DAY, m.getLong(PUBLISHED_DAY)));
      doc.add(new StoredField(PUBLISHED_DAY, m.getLong(PUBLISHED_DAY)));
    }
    // One copy of the vector, as bytes (a quarter of the floats' size): see Int8Vectors.
    doc.add(
        new KnnByteVectorField(
            VECTOR, Int8Vectors.quantize(vector), VectorSimilarityFunction.COSINE));
    return doc;
  }

  static TextSegment segment(Document doc) {
    Metadata m =
        new Metadata()
            .put(CHUNK_ID, doc.get(CHUNK_ID))
            .put(EPISODE_ID, doc.get(EPISODE_ID))
            .put(KIND, doc.get(KIND))
            .put(START, doc.getField(START).numericValue().intValue())
            .put(CONTEXT, doc.get(CONTEXT))
            .put(EPISODE, doc.get(EPISODE));
    if (doc.getField(END) != null) {
      m.put(END, doc.getField(END).numericValue().intValue());
    }
    putIfPresent(m, CHAPTER, doc.get(CHAPTER));
    putIfPresent(m, URL, doc.get(URL));
    putIfPresent(m, PODCAST_KEY, doc.get(PODCAST_KEY));
    if (doc.getField(PUBLISHED_DAY) != null) {
      m.put(PUBLISHED_DAY, doc.getField(PUBLISHED_DAY).numericValue().longValue());
    }
    return TextSegment.from(doc.get(TEXT), m);
  }

  /**
   * The one document per episode that records its chunks' content hash and, when known, the
   * fingerprint of the chunker input they came from (an empty one is not stored).
   */
  static Document episodeMarker(String episodeId, EpisodeMark mark) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, EPISODE, Field.Store.NO));
    doc.add(new StringField(EPISODE_ID, episodeId, Field.Store.YES));
    doc.add(new StoredField(HASH, mark.hash()));
    if (!mark.fingerprint().isEmpty()) {
      doc.add(new StoredField(FINGERPRINT, mark.fingerprint()));
    }
    return doc;
  }

  /** The markers of these episodes. */
  static Query markersOf(java.util.Collection<String> episodeIds) {
    return new BooleanQuery.Builder()
        .add(EPISODES, BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(EPISODE_ID, toBytes(episodeIds)), BooleanClause.Occur.FILTER)
        .build();
  }

  private static java.util.List<BytesRef> toBytes(java.util.Collection<String> values) {
    return values.stream().map(BytesRef::new).toList();
  }

  /** Chunks only, further limited by {@code filter} when it is not null. */
  static Query chunksMatching(Filter filter) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(CHUNKS, BooleanClause.Occur.FILTER);
    if (filter != null) {
      query.add(toQuery(filter), BooleanClause.Occur.FILTER);
    }
    return query.build();
  }

  /**
   * {@code textQuery} (over the searched text fields, which only chunks have) limited by {@code
   * filter}. It needs no clause asking for chunks: a pure disjunction of term clauses is what lets
   * Lucene skip the blocks of documents that cannot reach the top (block-max WAND), and a filter
   * matching nearly every document, as a chunks clause does, would make it step through each one.
   */
  static Query restricted(Query textQuery, SearchFilter filter) {
    Filter metadata = ChunkSegments.toMetadataFilter(filter);
    if (metadata == null) {
      return textQuery;
    }
    return new BooleanQuery.Builder()
        .add(textQuery, BooleanClause.Occur.MUST)
        .add(toQuery(metadata), BooleanClause.Occur.FILTER)
        .build();
  }

  private static Query toQuery(Filter filter) {
    if (filter instanceof And and) {
      return new BooleanQuery.Builder()
          .add(toQuery(and.left()), BooleanClause.Occur.FILTER)
          .add(toQuery(and.right()), BooleanClause.Occur.FILTER)
          .build();
    }
    if (filter instanceof IsEqualTo eq && eq.comparisonValue() instanceof String value) {
      return new TermQuery(new Term(eq.key(), value));
    }
    if (filter instanceof IsGreaterThanOrEqualTo ge && PUBLISHED_DAY.equals(ge.key())) {
      return LongPoint.newRangeQuery(PUBLISHED_DAY, toLong(ge.comparisonValue()), Long.MAX_VALUE);
    }
    if (filter instanceof IsLessThanOrEqualTo le && PUBLISHED_DAY.equals(le.key())) {
      return LongPoint.newRangeQuery(PUBLISHED_DAY, Long.MIN_VALUE, toLong(le.comparisonValue()));
    }
    throw new IllegalArgumentException("filter not supported by the Lucene store: " + filter);
  }

  private static long toLong(Object value) {
    return ((Number) value).longValue();
  }

  private static void putIfPresent(Metadata m, String key, String value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  /** {@code vector} scaled to length 1, so its dot product with another unit vector is a cosine. */
  static float[] unit(float[] vector) {
    double sum = 0;
    for (float v : vector) {
      sum += v * v;
    }
    double norm = Math.sqrt(sum);
    if (norm == 0 || Math.abs(norm - 1) < 1e-4) {
      return vector;
    }
    float[] scaled = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      scaled[i] = (float) (vector[i] / norm);
    }
    return scaled;
  }
}
