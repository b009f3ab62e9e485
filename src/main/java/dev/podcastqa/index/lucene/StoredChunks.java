package dev.podcastqa.index.lucene;

import static dev.podcastqa.index.ChunkSegments.CHAPTER;
import static dev.podcastqa.index.ChunkSegments.CHUNK_ID;
import static dev.podcastqa.index.ChunkSegments.CONTEXT;
import static dev.podcastqa.index.ChunkSegments.END;
import static dev.podcastqa.index.ChunkSegments.EPISODE_ID;
import static dev.podcastqa.index.ChunkSegments.KIND;
import static dev.podcastqa.index.ChunkSegments.START;
import static dev.podcastqa.index.ChunkSegments.URL;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;

/**
 * Chunks read from the stored fields, kept by segment and document. One answer reads the chunks of
 * its episode several times (the corpus-wide search, then each search within the episode, each
 * decompressing a block of stored fields per chunk), and questions about one episode read the same
 * ones again; a segment's stored fields never change, so a chunk decoded once serves every later
 * read of that document of that segment. Only the fields a {@link Chunk} has are decoded, straight
 * into it. Thread-safe.
 */
final class StoredChunks {

  /** Chunks kept: a few hundred episodes' worth, some megabytes. */
  static final int KEPT = 8192;

  private final Cache<Key, Chunk> decoded = Caffeine.newBuilder().maximumSize(KEPT).build();

  /** A reader of the chunks of {@code reader}'s documents (top-level document numbers). */
  Reader over(IndexReader reader) throws IOException {
    return new Reader(reader.leaves(), reader.storedFields());
  }

  /** Chunks by top-level document number, on one reader. Not thread-safe. */
  final class Reader {
    private final List<LeafReaderContext> leaves;
    private final StoredFields stored;

    private Reader(List<LeafReaderContext> leaves, StoredFields stored) {
      this.leaves = leaves;
      this.stored = stored;
    }

    /** The chunk of document {@code doc}. */
    Chunk chunk(int doc) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
      if (core == null) {
        return decode(stored, doc);
      }
      return decoded.get(new Key(core.getKey(), doc - leaf.docBase), key -> decode(stored, doc));
    }
  }

  /** The chunk stored as document {@code doc} of {@code stored}. */
  static Chunk decode(StoredFields stored, int doc) {
    ChunkFields fields = new ChunkFields();
    try {
      stored.document(doc, fields);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a chunk of the index", e);
    }
    return fields.chunk();
  }

  /** A document of one segment. */
  private record Key(IndexReader.CacheKey segment, int doc) {}

  /** The stored fields of a chunk, each the first value of its name, as {@code Document} reads. */
  private static final class ChunkFields extends StoredFieldVisitor {
    private String id;
    private String episodeId;
    private String kind;
    private Integer start;
    private Integer end;
    private String chapter;
    private String context;
    private String text;
    private String url;

    @Override
    public Status needsField(FieldInfo field) {
      return switch (field.name) {
        case CHUNK_ID, EPISODE_ID, KIND, START, END, CHAPTER, CONTEXT, LuceneDocs.TEXT, URL ->
            Status.YES;
        default -> Status.NO;
      };
    }

    @Override
    public void stringField(FieldInfo field, String value) {
      switch (field.name) {
        case CHUNK_ID -> id = id == null ? value : id;
        case EPISODE_ID -> episodeId = episodeId == null ? value : episodeId;
        case KIND -> kind = kind == null ? value : kind;
        case CHAPTER -> chapter = chapter == null ? value : chapter;
        case CONTEXT -> context = context == null ? value : context;
        case LuceneDocs.TEXT -> text = text == null ? value : text;
        case URL -> url = url == null ? value : url;
        default -> {}
      }
    }

    @Override
    public void intField(FieldInfo field, int value) {
      number(field, value);
    }

    @Override
    public void longField(FieldInfo field, long value) {
      number(field, (int) value);
    }

    private void number(FieldInfo field, int value) {
      if (START.equals(field.name) && start == null) {
        start = value;
      } else if (END.equals(field.name) && end == null) {
        end = value;
      }
    }

    Chunk chunk() {
      if (id == null || episodeId == null || kind == null || start == null) {
        throw new IllegalStateException("a stored chunk lacks its id, episode, kind or start");
      }
      return new Chunk(
          id, episodeId, ChunkKind.valueOf(kind), start, end, chapter, context, text, url);
    }
  }
}
