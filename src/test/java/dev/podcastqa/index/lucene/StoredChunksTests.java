package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.ChunkSegments;
import dev.podcastqa.index.EpisodeFacts;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class StoredChunksTests {

  private static final Chunk TIMED =
      new Chunk(
          "ep-1#3",
          "ep-1",
          ChunkKind.TRANSCRIPT,
          125,
          190,
          "Sparse autoencoders",
          "Interp Talk > Sparse autoencoders",
          "Neel: So the features are sparse.\nAnna: Right, and they are readable.",
          null);

  private static final Chunk NOTES =
      new Chunk(
          "ep-2#0",
          "ep-2",
          ChunkKind.DESCRIPTION,
          0,
          null,
          null,
          "",
          "An episode about the White House garden.",
          "https://example.org/notes");

  private static Document document(Chunk chunk, EpisodeFacts facts) {
    float[] vector = new float[8];
    vector[chunk.text().length() % 8] = 1;
    return LuceneDocs.chunk(chunk.id(), vector, ChunkSegments.toSegment(chunk, facts));
  }

  /** Segments stay as written, so a test can tell them apart. */
  private static IndexWriterConfig unmerged() {
    return new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
  }

  private static Directory indexOf(List<Chunk> chunks) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, unmerged())) {
      for (Chunk chunk : chunks) {
        EpisodeFacts facts =
            new EpisodeFacts(
                chunk.episodeId(),
                "Title of " + chunk.episodeId(),
                "Pod",
                LocalDate.of(2024, 5, 1));
        writer.addDocument(document(chunk, facts));
      }
      // A second segment: documents are numbered on across segments.
      writer.commit();
      writer.addDocument(document(NOTES, new EpisodeFacts("ep-2", "Title of ep-2", null, null)));
    }
    return directory;
  }

  @Test
  void decodesEachChunkAsTheWholeDocumentDoes() throws IOException {
    try (Directory directory = indexOf(List.of(TIMED, NOTES));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.leaves()).hasSize(2);
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Chunk whole = ChunkSegments.toChunk(LuceneDocs.segment(stored.document(doc)));
        assertThat(StoredChunks.decode(stored, doc)).isEqualTo(whole);
      }
      assertThat(StoredChunks.decode(stored, 0)).isEqualTo(TIMED);
      assertThat(StoredChunks.decode(stored, 2)).isEqualTo(NOTES);
    }
  }

  @Test
  void aChunkReadAgainOnALaterReaderOfTheSameSegmentIsTheOneReadBefore() throws IOException {
    StoredChunks chunks = new StoredChunks();
    try (Directory directory = indexOf(List.of(TIMED, NOTES));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      Chunk first = chunks.over(reader).chunk(2);
      assertThat(first).isEqualTo(NOTES);
      try (IndexWriter writer = new IndexWriter(directory, unmerged())) {
        // Deleting the first document leaves the segments' stored fields as they were.
        writer.deleteDocuments(new Term(ChunkSegments.CHUNK_ID, TIMED.id()));
      }
      try (DirectoryReader later = DirectoryReader.openIfChanged(reader)) {
        assertThat(later).isNotNull();
        assertThat(chunks.over(later).chunk(2)).isSameAs(first);
        assertThat(chunks.over(later).chunk(1)).isEqualTo(NOTES).isNotSameAs(first);
      }
    }
  }

  @Test
  void documentsOfDifferentSegmentsAreNotConfused() throws IOException {
    StoredChunks chunks = new StoredChunks();
    try (Directory one = indexOf(List.of(TIMED, NOTES));
        DirectoryReader first = DirectoryReader.open(one);
        Directory other = indexOf(List.of(NOTES, TIMED));
        DirectoryReader second = DirectoryReader.open(other)) {
      assertThat(chunks.over(first).chunk(0)).isEqualTo(TIMED);
      assertThat(chunks.over(second).chunk(0)).isEqualTo(NOTES);
      assertThat(chunks.over(first).chunk(1)).isEqualTo(NOTES);
      assertThat(chunks.over(second).chunk(1)).isEqualTo(TIMED);
    }
  }
}
