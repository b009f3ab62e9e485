package dev.podcastqa.index.lucene;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/** Lucene's default codec, writing chunk vectors in {@link VectorFormat}. */
final class VectorCodec extends Lucene912Codec {

  private final KnnVectorsFormat vectors = new VectorFormat();

  @Override
  public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
    return vectors;
  }
}
