package dev.podcastqa.index.lucene;

import dev.podcastqa.index.ChunkSegments;
import dev.podcastqa.index.EpisodeMark;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * Reads every episode marker of an index in one pass: each segment's markers in document order
 * (their postings, live ones only), with only the id, hash and fingerprint decoded from each,
 * rather than a scored, sorted search whose hits are loaded as whole documents.
 */
final class EpisodeMarkers {

  private static final Term MARKER = new Term(LuceneDocs.TYPE, LuceneDocs.EPISODE);

  private EpisodeMarkers() {}

  /** Every live marker's mark, by episode id. */
  static Map<String, EpisodeMark> read(IndexSearcher searcher) throws IOException {
    Map<String, EpisodeMark> marks = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      PostingsEnum markers = leaf.reader().postings(MARKER, PostingsEnum.NONE);
      if (markers == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = markers.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = markers.nextDoc()) {
        if (live == null || live.get(doc)) {
          Marker marker = new Marker();
          stored.document(doc, marker);
          marks.put(marker.episodeId, marker.mark());
        }
      }
    }
    return marks;
  }

  /** Decodes a marker's three fields and skips any other. */
  private static final class Marker extends StoredFieldVisitor {

    private String episodeId;
    private String hash;
    private String fingerprint = "";

    @Override
    public Status needsField(FieldInfo field) {
      return switch (field.name) {
        case ChunkSegments.EPISODE_ID, LuceneDocs.HASH, LuceneDocs.FINGERPRINT -> Status.YES;
        default -> Status.NO;
      };
    }

    @Override
    public void stringField(FieldInfo field, String value) {
      switch (field.name) {
        case ChunkSegments.EPISODE_ID -> episodeId = value;
        case LuceneDocs.HASH -> hash = value;
        default -> fingerprint = value;
      }
    }

    EpisodeMark mark() {
      return new EpisodeMark(hash, fingerprint);
    }
  }
}
