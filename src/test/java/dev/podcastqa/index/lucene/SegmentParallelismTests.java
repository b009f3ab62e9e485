package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Searching segments on several threads finds what searching them one by one finds. */
class SegmentParallelismTests {

  @Test
  void searchingSegmentsInParallelRanksAsSearchingThemInTurn() throws Exception {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        SegmentParallelism parallelism = SegmentParallelism.forCores(3)) {
      IndexWriterConfig config =
          new IndexWriterConfig(new EnglishAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int segment = 0; segment < 12; segment++) {
          for (int i = 0; i < 50; i++) {
            Document doc = new Document();
            String text = "grokking ".repeat(1 + (i * 7 + segment) % 5) + "circuits " + i;
            doc.add(new TextField("text", text, Field.Store.NO));
            writer.addDocument(doc);
          }
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher inTurn = new IndexSearcher(reader);
        IndexSearcher parallel = parallelism.over(inTurn);
        Query query =
            new LexicalQuery(new EnglishAnalyzer()).of("grokking circuits", "text", "c", "e");

        assertThat(reader.leaves()).hasSize(12);
        assertThat(parallel).isNotSameAs(inTurn);
        assertThat(docs(parallel.search(query, 40).scoreDocs))
            .isEqualTo(docs(inTurn.search(query, 40).scoreDocs));
      }
    }
  }

  @Test
  void oneCoreSearchesOnTheCallingThreadAlone() throws Exception {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        SegmentParallelism parallelism = SegmentParallelism.forCores(1)) {
      new IndexWriter(directory, new IndexWriterConfig()).close();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);

        assertThat(parallelism.over(searcher)).isSameAs(searcher);
      }
    }
  }

  private static String docs(ScoreDoc[] hits) {
    return Arrays.toString(Arrays.stream(hits).map(h -> h.doc + ":" + h.score).toArray());
  }
}
