package dev.podcastqa.index.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.EpisodeMark;
import dev.podcastqa.index.StoreUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The store's two indices: chunks (text, vector, metadata and BM25 terms) and episodes (per episode
 * the content hash of its chunks and the fingerprint of the chunker input they came from). Creates
 * them with explicit mappings at first use, and refuses an index built for another embedding model
 * rather than mixing vectors.
 */
final class ElasticsearchIndices {

  /** Bumped when the chunk mapping changes incompatibly. */
  static final String SCHEMA = "1";

  private static final int PAGE = 1000;

  static final String FINGERPRINT = "fingerprint";

  private final ElasticsearchClient client;
  private final ElasticsearchErrors errors;
  private final WholeSearches searches;
  private final String chunks;
  private final String episodes;

  private ElasticsearchIndices(
      ElasticsearchClient client,
      ElasticsearchErrors errors,
      WholeSearches searches,
      String chunks,
      String episodes) {
    this.client = client;
    this.errors = errors;
    this.searches = searches;
    this.chunks = chunks;
    this.episodes = episodes;
  }

  /** Opens both indices, creating what is missing; several instances may race to do so. */
  static ElasticsearchIndices open(
      ElasticsearchConnection connection,
      ElasticsearchErrors errors,
      WholeSearches searches,
      EmbeddingChoice model) {
    ElasticsearchSettings settings = connection.settings();
    ElasticsearchIndices indices =
        new ElasticsearchIndices(
            connection.client(),
            errors,
            searches,
            settings.chunksIndex(),
            settings.episodesIndex());
    Map<String, String> identity = identity(model);
    indices.ensure(settings.chunksIndex(), chunkMapping(model, identity));
    indices.checkIdentity(identity);
    indices.ensure(settings.episodesIndex(), resource("episodes-index.json"));
    indices.ensureFingerprintField();
    return indices;
  }

  String chunks() {
    return chunks;
  }

  String episodes() {
    return episodes;
  }

  /** The mark (content hash, fingerprint) stored for each episode, read in pages by episode id. */
  Map<String, EpisodeMark> marks() {
    Map<String, EpisodeMark> marks = new HashMap<>();
    List<FieldValue> after = List.of();
    while (true) {
      List<FieldValue> from = after;
      // A partial page would lose marks, and their episodes would be embedded again.
      SearchResponse<EpisodeRecord> page =
          searches.run(
              "read episode marks from",
              episodes,
              () ->
                  client.search(
                      s -> {
                        s.index(episodes)
                            .size(PAGE)
                            .allowPartialSearchResults(false)
                            .sort(o -> o.field(f -> f.field("episodeId").order(SortOrder.Asc)));
                        return from.isEmpty() ? s : s.searchAfter(from);
                      },
                      EpisodeRecord.class),
              r -> ShardCoverage.of(r.shards(), r.timedOut()),
              r -> SortedHits.unsorted(r.hits().hits()));
      List<Hit<EpisodeRecord>> hits = page.hits().hits();
      hits.forEach(h -> marks.put(h.source().episodeId(), h.source().mark()));
      if (hits.size() < PAGE) {
        return marks;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }

  /** Fails with a clear message when either index has gone since the store was opened. */
  void requireBoth() {
    for (String index : List.of(chunks, episodes)) {
      if (!exists(index)) {
        throw errors.missingIndex(index);
      }
    }
  }

  /** Makes every write so far visible to searches on both indices. */
  void refresh() {
    try {
      client.indices().refresh(r -> r.index(chunks, episodes));
    } catch (IOException | RuntimeException e) {
      throw errors.translate("refresh", chunks + "," + episodes, e);
    }
  }

  private boolean exists(String index) {
    try {
      return client.indices().exists(e -> e.index(index)).value();
    } catch (IOException | RuntimeException e) {
      throw errors.translate("look up", index, e);
    }
  }

  private void ensure(String index, String body) {
    if (exists(index)) {
      return;
    }
    try {
      client.indices().create(c -> c.index(index).withJson(new StringReader(body)));
    } catch (ElasticsearchException e) {
      if (!"resource_already_exists_exception".equals(e.error().type())) {
        throw errors.translate("create", index, e);
      }
    } catch (IOException | RuntimeException e) {
      throw errors.translate("create", index, e);
    }
  }

  /**
   * Adds the fingerprint field to an episodes index made before fingerprints were kept (its mapping
   * is strict); their records have none, so those episodes are chunked once more.
   */
  private void ensureFingerprintField() {
    try {
      // Keyed by the concrete index, which is not the name asked for when that is an alias.
      boolean lacking =
          client.indices().getMapping(g -> g.index(episodes)).mappings().values().stream()
              .anyMatch(m -> !m.mappings().properties().containsKey(FINGERPRINT));
      if (lacking) {
        client
            .indices()
            .putMapping(
                p ->
                    p.index(episodes).properties(FINGERPRINT, f -> f.keyword(k -> k.index(false))));
      }
    } catch (IOException | RuntimeException e) {
      throw errors.translate("add the fingerprint field to", episodes, e);
    }
  }

  private void checkIdentity(Map<String, String> expected) {
    Map<String, JsonData> meta;
    try {
      meta = client.indices().getMapping(g -> g.index(chunks)).get(chunks).mappings().meta();
    } catch (IOException | RuntimeException e) {
      throw errors.translate("read the mapping of", chunks, e);
    }
    Map<String, String> stored = new TreeMap<>();
    meta.forEach((key, value) -> stored.put(key, value.to(String.class)));
    if (!stored.equals(expected)) {
      throw new StoreUnavailableException(
          "Elasticsearch index "
              + chunks
              + " was built with "
              + (stored.isEmpty() ? "an unknown configuration" : stored)
              + ", not "
              + expected
              + ": delete it or choose another PODCASTQA_ES_INDEX_PREFIX");
    }
  }

  private static Map<String, String> identity(EmbeddingChoice model) {
    return new TreeMap<>(
        Map.of(
            "model", model.id(),
            "dimension", String.valueOf(model.dimension()),
            "schema", SCHEMA));
  }

  /** The chunk mapping with the model's vector size and identity filled in. */
  private static String chunkMapping(EmbeddingChoice model, Map<String, String> identity) {
    ObjectMapper json = new ObjectMapper();
    try {
      ObjectNode root = (ObjectNode) json.readTree(resource("chunks-index.json"));
      ObjectNode mappings = (ObjectNode) root.get("mappings");
      mappings.set("_meta", json.valueToTree(identity));
      ((ObjectNode) mappings.at("/properties/vector")).put("dims", model.dimension());
      return json.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException("the chunk mapping in the jar is not JSON", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in =
        ElasticsearchIndices.class.getResourceAsStream("/elasticsearch/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no /elasticsearch/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /elasticsearch/" + name + " from the jar", e);
    }
  }

  /** One document of the episodes index; the fingerprint is null when none was recorded. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EpisodeRecord(String episodeId, String hash, int chunks, String fingerprint) {
    EpisodeMark mark() {
      return new EpisodeMark(hash, fingerprint == null ? "" : fingerprint);
    }
  }
}
