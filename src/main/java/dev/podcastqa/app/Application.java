package dev.podcastqa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.Conversations;
import dev.podcastqa.answer.ExtractiveAnswerer;
import dev.podcastqa.answer.QuestionAnswerer;
import dev.podcastqa.answer.Templates;
import dev.podcastqa.answer.llm.CitationAudit;
import dev.podcastqa.answer.llm.ModelClients;
import dev.podcastqa.cache.CachingIngester;
import dev.podcastqa.cache.SourceCache;
import dev.podcastqa.cache.StartupCaches;
import dev.podcastqa.config.Config;
import dev.podcastqa.discord.DiscordApi;
import dev.podcastqa.discord.DiscordBot;
import dev.podcastqa.discord.MessageFormatter;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.feedback.FeedbackLog;
import dev.podcastqa.follow.Feeds;
import dev.podcastqa.follow.FollowedSources;
import dev.podcastqa.follow.Follower;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.Chunker;
import dev.podcastqa.index.Embedder;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.IndexReport;
import dev.podcastqa.index.Indexer;
import dev.podcastqa.index.StoreUnavailableException;
import dev.podcastqa.index.StoredMarks;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.Ingester;
import dev.podcastqa.ingest.http.HttpFetcher;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.json.Json;
import dev.podcastqa.mcp.McpServices;
import dev.podcastqa.retrieve.HybridRetriever;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retry.Sleeper;
import dev.podcastqa.web.AdminGuard;
import dev.podcastqa.web.ClientLimits;
import dev.podcastqa.web.Status;
import dev.podcastqa.web.WebApp;
import dev.podcastqa.web.WebChannel;
import dev.podcastqa.web.WebContext;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the pipeline from one config; each command asks it for the parts it needs. */
public final class Application {

  /**
   * Also makes SLF4J start here, on one thread, before open() logs from two (else it warns that it
   * replayed calls made while it started).
   */
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final Config config;
  private final ObjectMapper mapper;
  private Ingester ingester;

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

  /**
   * The ingester, built on first use and then shared (with its one HTTP client) by every caller of
   * this application.
   */
  public synchronized Ingester ingester() {
    if (ingester == null) {
      Fetcher fetcher = new HttpFetcher(HttpFetcher.REQUEST_TIMEOUT, config.maxFileBytes());
      ingester = Ingester.reading(fetcher, mapper).withMaxFileBytes(config.maxFileBytes());
    }
    return ingester;
  }

  /**
   * Reads the configured corpus, brings the index up to date and builds the answer service.
   * Templates are loaded first, so a broken one stops start-up before any work is done.
   *
   * <p>Start-up over a large persisted index is kept short: the embedding model loads and the store
   * opens on threads of their own while the corpus is read; files parsed by this build before come
   * from a cache beside the index; and episodes whose chunker input is unchanged are not chunked
   * again.
   */
  public Pipeline open() {
    Templates templates = ExtractiveAnswerer.requireTemplates(templates());
    Answering answering = new Answering(config);
    Optional<ModelClients> model = answering.modelClients(templates);
    long started = System.nanoTime();
    EmbeddingChoice choice = EmbeddingChoice.of(config.embeddingModel());
    CompletableFuture<Embedder> loading =
        StartupSteps.inBackground("model-load", () -> new Embedder(choice));
    CompletableFuture<ChunkStore> opening =
        StartupSteps.inBackground("store-open", () -> openStore(choice));
    // On the store's thread once it is open, beside the corpus read: the episode marks the sync
    // compares, and the chunk count it reports (counted once per reader).
    CompletableFuture<StoredMarks> marking =
        opening.thenApply(
            store -> {
              StoredMarks marks = StoredMarks.readAhead(store);
              store.chunkCount();
              return marks;
            });
    QueryTerms terms = new QueryTerms();
    CompletableFuture<Catalog> cataloged = new CompletableFuture<>();
    CompletableFuture<HybridRetriever> retrieving =
        StartupSteps.warmedUp(
            loading, opening, (e, store) -> answering.retriever(e, store, terms, cataloged));
    try {
      StartupCaches caches = StartupCaches.beside(config.indexDir());
      SourceCache sources = caches.sourcesAhead(StartupSteps.ownThread("cache-open"));
      FollowedSources followed = Following.sources(config, mapper);
      Corpus corpus =
          followed.anyFeeds()
              ? followed.read(sources)
              : new CachingIngester(ingester(), sources)
                  .ingest(List.of(config.episodesDir().toString()));
      Catalog catalog = new Catalog(corpus.episodes(), corpus.transcripts());
      cataloged.complete(catalog);
      long read = System.nanoTime();
      Embedder embedder = StartupSteps.join(loading);
      long loaded = System.nanoTime();
      ChunkStore store = StartupSteps.join(opening);
      StoredMarks marks = StartupSteps.join(marking);
      long opened = System.nanoTime();
      Indexer indexer =
          new Indexer(
              chunker(embedder),
              embedder,
              marks,
              caches.chunkFingerprints(embedder.choice(), sources));
      IndexReport report = indexer.sync(corpus.episodes(), corpus.transcripts());
      Pipeline.Timings timings =
          new Pipeline.Timings(
              StartupSteps.millis(started, read),
              StartupSteps.millis(read, loaded),
              StartupSteps.millis(loaded, opened),
              StartupSteps.millis(opened, System.nanoTime()));
      StartupSteps.logOpened(started, timings);
      CitationAudit audit = new CitationAudit();
      HybridRetriever retriever = StartupSteps.join(retrieving);
      Conversations conversations = answering.conversations();
      QuestionAnswerer answers =
          answering.answers(
              embedder, retriever, conversations, catalog, terms, templates, model, audit);
      return new Pipeline(
          corpus,
          catalog,
          embedder,
          store,
          report,
          retriever,
          conversations,
          answers,
          terms,
          audit,
          timings,
          sources,
          indexer);
    } catch (RuntimeException e) {
      // After the warm-up search, which uses both.
      retrieving.whenComplete((r, f) -> opening.thenAccept(ChunkStore::close));
      retrieving.whenComplete((r, f) -> loading.thenAccept(Embedder::close));
      throw e;
    }
  }

  /** The chunker the indexer uses: passages sized for {@code embedder}'s model. */
  public Chunker chunker(Embedder embedder) {
    return new Chunker(embedder, embedder.choice().maxTokens());
  }

  /**
   * The HTTP app over an opened pipeline, unstarted so the caller picks host and port: the API, web
   * chat and pages, with the OpenAI-compatible API at {@code /v1} and MCP at {@code /mcp}.
   */
  public Javalin web(Pipeline pipeline) {
    return web(pipeline, Feeds.none());
  }

  /** The HTTP app as {@link #web(Pipeline)} makes it, showing and refreshing {@code feeds}. */
  public Javalin web(Pipeline pipeline, Feeds feeds) {
    FeedbackLog feedback = feedbackLog(pipeline.catalog());
    WebContext context =
        new WebContext(
            pipeline.answers(),
            pipeline.catalog(),
            () -> status(pipeline).withFeeds(feeds.feeds()),
            mapper,
            discord(pipeline.answers(), pipeline.catalog(), Sleeper.REAL, feedback),
            AdminGuard.of(config.adminToken()),
            feedback,
            feeds);
    return WebApp.create(context, clientLimits(), agentChannels(pipeline, pipeline.answers()));
  }

  /**
   * What keeps {@code pipeline} current while {@code serve} runs: the followed feeds and the
   * episodes folder, updated on one background thread once {@link Follower#start} is called.
   */
  public Follower follower(Pipeline pipeline) {
    return Following.follower(config, mapper, pipeline, discordApi());
  }

  /** What one HTTP client may hold, as configured. */
  public ClientLimits clientLimits() {
    return ClientLimits.of(config.http());
  }

  /**
   * The channels agents and chat clients use, over {@code answers} (the pipeline's, or one wrapped
   * around it): the OpenAI-compatible API and MCP on Streamable HTTP, behind the API key if set.
   */
  public List<WebChannel> agentChannels(Pipeline pipeline, AnswerService answers) {
    return new AgentChannels(config, mapper, templates()).web(pipeline, answers);
  }

  /** What the MCP tools and resources call, for {@code mcp} over standard input and output. */
  public McpServices mcpServices(Pipeline pipeline) {
    return new AgentChannels(config, mapper, templates()).mcp(pipeline, pipeline.answers());
  }

  /** Ready with the index's size, or not ready while the store cannot be reached. */
  private static Status status(Pipeline pipeline) {
    int episodes = pipeline.catalog().size();
    Answer.Mode mode = pipeline.answers().mode();
    try {
      return new Status(true, episodes, pipeline.store().chunkCount(), mode);
    } catch (StoreUnavailableException e) {
      LOG.warn("Health check: {}", e.getMessage());
      return new Status(false, episodes, 0, mode);
    }
  }

  /**
   * Discord over {@code answers}, interactions and sharing each on when configured; empty when
   * neither is. {@code sleeper} waits out Discord's rate limits ({@link Sleeper#REAL} but in
   * tests); what is asked with {@code /ask} and its thumbs are kept in {@code feedback}.
   */
  public Optional<DiscordBot> discord(
      AnswerService answers, Catalog catalog, Sleeper sleeper, FeedbackLog feedback) {
    return new DiscordParts(config, mapper).bot(answers, catalog, sleeper, feedback);
  }

  /**
   * Keeps questions, answers and thumbs in the configured feedback database, with the chapters of
   * cited moments from {@code catalog}; the caller closes it.
   */
  public FeedbackLog feedbackLog(Catalog catalog) {
    return FeedbackLog.open(
        config.feedbackDatabase(), config.feedback().retention(), catalog, Clock.systemUTC());
  }

  /** Discord's REST API as configured, for commands that call it directly. */
  public DiscordApi discordApi() {
    return new DiscordParts(config, mapper).api(Sleeper.REAL);
  }

  /** Formats answers as Discord messages, with links made absolute with the public URL. */
  public MessageFormatter discordMessages() {
    return new DiscordParts(config, mapper).messages();
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
    return Stores.open(config, choice);
  }

  /** Reads {@code inputs}, or the configured episodes folder when there are none. */
  public Corpus readCorpus(List<String> inputs) {
    List<String> sources = inputs.isEmpty() ? List.of(config.episodesDir().toString()) : inputs;
    return ingester().ingest(sources);
  }
}
