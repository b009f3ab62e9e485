package dev.podcastqa.app;

import dev.podcastqa.config.Config;
import dev.podcastqa.config.ConfigException;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.elastic.ElasticsearchChunkStore;
import dev.podcastqa.index.elastic.ElasticsearchSettings;
import dev.podcastqa.index.lucene.LuceneChunkStore;

/** Opens the chunk store the configuration names, with its settings checked. */
final class Stores {

  private Stores() {}

  /** {@code memory} (Lucene under the index folder) or {@code elasticsearch}. */
  static ChunkStore open(Config config, EmbeddingChoice choice) {
    Config.Store store = config.store();
    return switch (store.kind()) {
      case MEMORY -> LuceneChunkStore.open(config.indexDir().resolve("lucene"), choice);
      case ELASTICSEARCH -> ElasticsearchChunkStore.open(elasticsearch(store), choice);
    };
  }

  private static ElasticsearchSettings elasticsearch(Config.Store store) {
    try {
      return new ElasticsearchSettings(
          store.esUrl(),
          store.esApiKey(),
          store.esUser(),
          store.esPassword(),
          store.esIndexPrefix(),
          store.esCompat8());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Elasticsearch settings: " + e.getMessage());
    }
  }
}
