package dev.podcastqa.app;

import dev.podcastqa.answer.CitationFactory;
import dev.podcastqa.answer.Conversations;
import dev.podcastqa.answer.ExtractiveAnswerer;
import dev.podcastqa.answer.GateWeights;
import dev.podcastqa.answer.ModelAnswerer;
import dev.podcastqa.answer.MomentFinder;
import dev.podcastqa.answer.QuestionAnswerer;
import dev.podcastqa.answer.RelevanceGate;
import dev.podcastqa.answer.Templates;
import dev.podcastqa.answer.llm.CitationAudit;
import dev.podcastqa.answer.llm.LlmAnswerer;
import dev.podcastqa.answer.llm.ModelClients;
import dev.podcastqa.answer.llm.SupportCheck;
import dev.podcastqa.config.Config;
import dev.podcastqa.config.ConfigException;
import dev.podcastqa.config.Setting;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.Embedder;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.retrieve.EpisodeSearches;
import dev.podcastqa.retrieve.EvidenceFinder;
import dev.podcastqa.retrieve.HybridRetriever;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.Retrieval;
import dev.podcastqa.retrieve.WordRarity;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Builds the answer side of the pipeline from the config: extractive, or a model's with extractive
 * as the fallback.
 */
final class Answering {

  private final Config config;

  Answering(Config config) {
    this.config = config;
  }

  /**
   * Hybrid search over the index: what answers are made from, and what channels search. The
   * catalog, once read, gives each episode's title and podcast name, where a name a question writes
   * may be said, and leaves out passages of an episode it does not list; the retriever is built
   * (and warmed up) before the corpus is read, and until then knows no title.
   */
  HybridRetriever retriever(
      Embedder embedder, ChunkStore store, QueryTerms terms, CompletableFuture<Catalog> catalog) {
    Function<String, Optional<Episode>> episode =
        id -> Optional.ofNullable(catalog.getNow(null)).flatMap(c -> c.find(id));
    return new HybridRetriever(
        embedder,
        store,
        new EvidenceFinder(
            terms,
            WordRarity.load(),
            store,
            id -> episode.apply(id).map(e -> Objects.toString(e.title(), "")).orElse("")),
        id ->
            episode
                .apply(id)
                .map(
                    e -> Objects.toString(e.title(), "") + "\n" + Objects.toString(e.podcast(), ""))
                .orElse(""),
        id -> catalog.getNow(null) == null || episode.apply(id).isPresent());
  }

  /**
   * Extractive answers from {@code retriever}'s passages, or answers by the configured model with
   * extractive ones as the fallback; {@code audit} counts how the model's citations fared.
   */
  QuestionAnswerer answers(
      Embedder embedder,
      HybridRetriever retriever,
      Conversations conversations,
      Catalog catalog,
      QueryTerms terms,
      Templates templates,
      Optional<ModelClients> model,
      CitationAudit audit) {
    EmbeddingChoice choice = embedder.choice();
    RelevanceGate gate =
        new RelevanceGate(
            GateWeights.load(), choice.calibratedMinRelevance(), config.minRelevance().orElse(0));
    CitationFactory citations = new CitationFactory(catalog);
    ExtractiveAnswerer extractive =
        new ExtractiveAnswerer(citations, terms, moments(retriever), templates);
    Optional<ModelAnswerer> generated =
        model.map(
            clients ->
                new LlmAnswerer(
                    clients,
                    templates,
                    citations,
                    new SupportCheck(terms, embedder),
                    extractive,
                    audit));
    return generated.isEmpty()
        ? new QuestionAnswerer(retriever, gate, extractive, conversations)
        : new QuestionAnswerer(retriever, gate, extractive, conversations, generated.get());
  }

  /** The retriever's searches for the moment a chapter title or show-note line points to. */
  private static MomentFinder moments(HybridRetriever retriever) {
    return new Moments(retriever, null);
  }

  /**
   * The retriever's searches for moments: within episodes through {@code searches}, which keeps
   * what it found for one answer, or (when null) afresh each time.
   */
  private record Moments(HybridRetriever retriever, EpisodeSearches searches)
      implements MomentFinder {

    Moments {
      Objects.requireNonNull(retriever, "retriever");
    }

    @Override
    public Optional<Passage> momentFor(String text, String episodeId) {
      return retriever.momentFor(text, episodeId);
    }

    @Override
    public List<Passage> transcriptWithin(Retrieval retrieval, String episodeId, int from, int to) {
      return episodes().transcriptWithin(retrieval, episodeId, from, to);
    }

    @Override
    public List<Passage> transcriptBest(Retrieval retrieval, String episodeId, int k) {
      return episodes().transcriptWithin(retrieval, episodeId, 0, Integer.MAX_VALUE, k);
    }

    @Override
    public Map<String, Double> rarity(Set<String> analyzedTerms) {
      return retriever.rarity(analyzedTerms);
    }

    @Override
    public MomentFinder forOneAnswer() {
      return new Moments(retriever, retriever.episodeSearches());
    }

    private EpisodeSearches episodes() {
      return searches != null ? searches : retriever.episodeSearches();
    }
  }

  /**
   * The model's clients when {@code PODCASTQA_LLM} names a provider, after its prompts and settings
   * are checked; empty for extractive answers.
   */
  Optional<ModelClients> modelClients(Templates templates) {
    Config.Llm llm = config.llm();
    if (!llm.enabled()) {
      return Optional.empty();
    }
    LlmAnswerer.requireTemplates(templates);
    if (llm.model().isBlank()) {
      throw new ConfigException(
          Setting.LLM_MODEL, "", "name a model when PODCASTQA_LLM=" + llm.provider().value());
    }
    return Optional.of(
        switch (llm.provider()) {
          case OLLAMA -> ModelClients.ollama(llm.baseUrl(), llm.model(), llm.timeout());
          case OPENAI ->
              ModelClients.openAi(llm.baseUrl(), llm.model(), llm.apiKey(), llm.timeout());
          case NONE -> throw new IllegalStateException("no model when PODCASTQA_LLM=none");
        });
  }

  /** The follow-up memory, bounded as configured. */
  Conversations conversations() {
    Config.Conversations bounds = config.conversations();
    return new Conversations(bounds.turns(), bounds.ttl(), bounds.max(), Clock.systemUTC());
  }
}
