package dev.podcastqa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.CitationFactory;
import dev.podcastqa.answer.Conversations;
import dev.podcastqa.answer.ExtractiveAnswerer;
import dev.podcastqa.answer.ModelAnswerer;
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
import dev.podcastqa.discord.DiscordApi;
import dev.podcastqa.discord.DiscordBot;
import dev.podcastqa.discord.MessageFormatter;
import dev.podcastqa.discord.Sleeper;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.Chunker;
import dev.podcastqa.index.Embedder;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.IndexReport;
import dev.podcastqa.index.Indexer;
import dev.podcastqa.index.StoreUnavailableException;
import dev.podcastqa.index.elastic.ElasticsearchChunkStore;
import dev.podcastqa.index.elastic.ElasticsearchSettings;
import dev.podcastqa.index.lucene.LuceneChunkStore;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.Fetcher;
import dev.podcastqa.ingest.HttpFetcher;
import dev.podcastqa.ingest.Ingester;
import dev.podcastqa.ingest.feed.FeedReader;
import dev.podcastqa.ingest.page.PageReader;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import dev.podcastqa.json.Json;
import dev.podcastqa.retrieve.EvidenceFinder;
import dev.podcastqa.retrieve.HybridRetriever;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.WordRarity;
import dev.podcastqa.web.Status;
import dev.podcastqa.web.WebApp;
import dev.podcastqa.web.WebContext;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the pipeline from one config; each command asks it for the parts it needs. */
public final class Application {

  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final Config config;
  private final ObjectMapper mapper;

  public Application(Config config) {
    this.config = config;
    this.mapper = Json.newMapper();
  }

  public Config config() {
    return config;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  public Ingester ingester() {
    Fetcher fetcher = new HttpFetcher();
    TranscriptReader transcripts = new TranscriptReader();
    return new Ingester(
        new PageReader(), transcripts, new FeedReader(fetcher, transcripts), fetcher, mapper);
  }

  /**
   * Reads the configured corpus, brings the index up to date and builds the answer service.
   * Templates are loaded first, so a broken one stops start-up before any work is done.
   */
  public Pipeline open() {
    Templates templates = ExtractiveAnswerer.requireTemplates(templates());
    Optional<ModelClients> model = modelClients(templates);
    Corpus corpus = readCorpus(List.of());
    Catalog catalog = new Catalog(corpus.episodes());
    EmbeddingChoice choice = EmbeddingChoice.of(config.embeddingModel());
    // The store first: an unreachable server should fail before the model is loaded.
    ChunkStore store = openStore(choice);
    try {
      Embedder embedder = new Embedder(choice);
      IndexReport report =
          new Indexer(new Chunker(embedder, choice.maxTokens()), embedder, store)
              .sync(corpus.episodes());
      QueryTerms terms = new QueryTerms();
      RelevanceGate gate =
          new RelevanceGate(
              config.minRelevance().orElse(choice.calibratedMinRelevance()),
              choice.calibratedMissingWordRelevance());
      HybridRetriever retriever =
          new HybridRetriever(embedder, store, new EvidenceFinder(terms, WordRarity.load(), store));
      CitationFactory citations = new CitationFactory(catalog);
      ExtractiveAnswerer extractive =
          new ExtractiveAnswerer(citations, terms, retriever::momentFor, templates);
      CitationAudit audit = new CitationAudit();
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
      QuestionAnswerer answers = answers(retriever, gate, extractive, generated);
      return new Pipeline(corpus, catalog, embedder, store, report, answers, terms, audit);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** The HTTP app over an opened pipeline, unstarted so the caller picks host and port. */
  public Javalin web(Pipeline pipeline) {
    WebContext context =
        new WebContext(
            pipeline.answers(),
            pipeline.catalog(),
            () -> status(pipeline),
            mapper,
            discord(pipeline.answers(), pipeline.catalog()));
    return WebApp.create(context);
  }

  /** Ready with the index's size, or not ready while the store cannot be reached. */
  private static Status status(Pipeline pipeline) {
    int episodes = pipeline.catalog().size();
    String mode = pipeline.answers().mode();
    try {
      return new Status(true, episodes, pipeline.store().chunkCount(), mode);
    } catch (StoreUnavailableException e) {
      LOG.warn("Health check: {}", e.getMessage());
      return new Status(false, episodes, 0, mode);
    }
  }

  /** Discord over {@code answers}: interactions and sharing, each on when configured. */
  public DiscordBot discord(AnswerService answers, Catalog catalog) {
    return DiscordBot.create(config, answers, catalog, mapper);
  }

  /** Discord's REST API as configured, for commands that call it directly. */
  public DiscordApi discordApi() {
    return new DiscordApi(
        config.discord().apiBase(), config.discord().botToken(), mapper, Sleeper.REAL);
  }

  /** Formats answers as Discord messages, with links made absolute with the public URL. */
  public MessageFormatter discordMessages() {
    return new MessageFormatter(config.baseUrl());
  }

  /** Extractive answers, or answers by {@code model} with extractive ones as the fallback. */
  private QuestionAnswerer answers(
      HybridRetriever retriever,
      RelevanceGate gate,
      ExtractiveAnswerer extractive,
      Optional<ModelAnswerer> model) {
    return model.isEmpty()
        ? new QuestionAnswerer(retriever, gate, extractive, conversations())
        : new QuestionAnswerer(retriever, gate, extractive, conversations(), model.get());
  }

  /**
   * The model's clients when {@code PODCASTQA_LLM} names a provider, after its prompts and settings
   * are checked; empty for extractive answers.
   */
  private Optional<ModelClients> modelClients(Templates templates) {
    Config.Llm llm = config.llm();
    if (!llm.enabled()) {
      return Optional.empty();
    }
    LlmAnswerer.requireTemplates(templates);
    if (llm.model().isBlank()) {
      throw new ConfigException(
          Setting.LLM_MODEL, "", "name a model when PODCASTQA_LLM=" + llm.provider());
    }
    return Optional.of(
        llm.provider().equals("ollama")
            ? ModelClients.ollama(llm.baseUrl(), llm.model(), llm.timeout())
            : ModelClients.openAi(llm.baseUrl(), llm.model(), llm.apiKey(), llm.timeout()));
  }

  /** The follow-up memory, bounded as configured. */
  private Conversations conversations() {
    Config.Conversations bounds = config.conversations();
    return new Conversations(bounds.turns(), bounds.ttl(), bounds.max(), Clock.systemUTC());
  }

  /** The prompts folder when it exists, else the copies inside the jar. */
  public Templates templates() {
    return Templates.from(Files.isDirectory(config.promptsDir()) ? config.promptsDir() : null);
  }

  /**
   * The configured store: {@code memory} (Lucene under the index folder) or {@code elasticsearch}.
   * Public so a harness can measure either store the way the service opens it.
   */
  public ChunkStore openStore(EmbeddingChoice choice) {
    Config.Store store = config.store();
    return switch (store.kind()) {
      case "memory" -> LuceneChunkStore.open(config.indexDir().resolve("lucene"), choice);
      case "elasticsearch" -> ElasticsearchChunkStore.open(elasticsearch(store), choice);
      default -> throw new ConfigException(Setting.STORE, store.kind(), "unknown store");
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

  /** Reads {@code inputs}, or the configured episodes folder when there are none. */
  public Corpus readCorpus(List<String> inputs) {
    List<String> sources = inputs.isEmpty() ? List.of(config.episodesDir().toString()) : inputs;
    return ingester().ingest(sources);
  }
}
