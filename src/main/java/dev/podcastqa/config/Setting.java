package dev.podcastqa.config;

/**
 * Every setting the service reads, with its environment variable, its key in the properties file,
 * its default and what it does. Environment wins over the file, the file over the default.
 */
public enum Setting {
  EPISODES_DIR(
      "PODCASTQA_EPISODES_DIR",
      "data/episodes",
      "Folder of episode pages, transcripts, feeds and sidecars read at start."),
  MAX_FILE_MB(
      "PODCASTQA_MAX_FILE_MB",
      "50",
      "Largest file read as an episode source, in MB (1 to 2000), also for feeds and transcripts"
          + " fetched by URL; a larger one is reported and skipped."),
  INDEX_DIR(
      "PODCASTQA_INDEX_DIR", "data/index", "Folder where the index is persisted between runs."),
  FEEDS(
      "PODCASTQA_FEEDS",
      "",
      "Feed URLs `serve` follows, comma-separated, besides those in `feeds.txt` in the episodes "
          + "folder (`podcast-qa feeds add|remove|list` edits that file)."),
  FEED_POLL_MINUTES(
      "PODCASTQA_FEED_POLL_MINUTES",
      "15",
      "Minutes between two polls of a followed feed (1 to 1440), give or take a tenth; a feed "
          + "that fails is polled less often, up to 16 times the interval."),
  WATCH_SECONDS(
      "PODCASTQA_WATCH_SECONDS",
      "10",
      "Seconds between two looks at the episodes folder while `serve` runs (0: not watched); a "
          + "file added, changed or deleted there is indexed or removed without a restart."),
  REFRESH_WAIT_SECONDS(
      "PODCASTQA_REFRESH_WAIT_SECONDS",
      "300",
      "How long `POST /api/admin/refresh` waits for its polls and update (1 to 3600) before it "
          + "answers 503 with a Retry-After; the update goes on in the background."),
  TRANSCRIBE_URL(
      "PODCASTQA_TRANSCRIBE_URL",
      "",
      "OpenAI-compatible speech-to-text base URL (e.g. `http://host:8080/v1`; whisper.cpp's "
          + "server, faster-whisper servers, OpenAI): a followed feed's item with no "
          + "`podcast:transcript` has its audio sent to `{url}/audio/transcriptions`. Empty: such "
          + "items are indexed from their show notes."),
  TRANSCRIBE_MODEL(
      "PODCASTQA_TRANSCRIBE_MODEL",
      "whisper-1",
      "The `model` sent with each transcription request."),
  TRANSCRIBE_API_KEY(
      "PODCASTQA_TRANSCRIBE_API_KEY",
      "",
      "Bearer key for the transcription endpoint, if it needs one."),
  TRANSCRIBE_TIMEOUT_MINUTES(
      "PODCASTQA_TRANSCRIBE_TIMEOUT_MINUTES",
      "30",
      "How long one episode's transcription may take (1 to 1440) before it is given up and the "
          + "episode kept with its show notes; its audio download has the same deadline."),
  PORT("PORT", "7070", "HTTP port of `serve` (also `--port`)."),
  HOST("PODCASTQA_HOST", "0.0.0.0", "Address `serve` listens on; 127.0.0.1 keeps it local."),
  REQUEST_READ_SECONDS(
      "PODCASTQA_REQUEST_READ_SECONDS",
      "10",
      "How long a client may take to send a request's headers, and again its body. Past it the "
          + "connection is closed (headers) or answered 408 (body)."),
  MAX_CONNECTIONS_PER_ADDRESS(
      "PODCASTQA_MAX_CONNECTIONS_PER_ADDRESS",
      "50",
      "Open connections one client address may hold; more are closed at once. 0: no limit. "
          + "Behind a reverse proxy every client shares its address: raise it or use 0 there."),
  MAX_ANSWERS_PER_ADDRESS(
      "PODCASTQA_MAX_ANSWERS_PER_ADDRESS",
      "16",
      "Answers one client address may have in progress at once (`/api/chat`, "
          + "`/api/chat/stream`, `/v1/chat/completions`, `/mcp`); one more is answered 429 with "
          + "`Retry-After`. 0: no limit. Discord's `/ask` is answered on its own threads and not "
          + "counted. Behind a reverse proxy every client shares its address: raise it or use 0 "
          + "there."),
  MAX_ANSWERS(
      "PODCASTQA_MAX_ANSWERS",
      "64",
      "Answers all client addresses together may have in progress at once (the same routes), "
          + "so many addresses cannot together hold every request thread (Jetty has 250) on "
          + "model calls; one more is answered 503 with `Retry-After` and logged as a warning. "
          + "0: no limit."),
  PUBLIC_URL(
      "PODCASTQA_PUBLIC_URL",
      "",
      "Base URL the service is reached at, for absolute links in Discord posts (default: "
          + "http://localhost:PORT) and in `ask`'s output (without it, `ask` leaves links to "
          + "episode pages out)."),
  API_KEY(
      "PODCASTQA_API_KEY",
      "",
      "When set, `/v1/*` (the OpenAI-compatible API) and `/mcp` require "
          + "`Authorization: Bearer <key>`; the web chat and `/api` stay open. Empty: no key."),
  ADMIN_TOKEN(
      "PODCASTQA_ADMIN_TOKEN",
      "",
      "When set, the admin endpoints `/api/admin/*` (the report of what listeners ask) answer "
          + "requests with `Authorization: Bearer <token>`. Empty: the admin endpoints are off "
          + "(404)."),
  FEEDBACK_DB(
      "PODCASTQA_FEEDBACK_DB",
      "",
      "SQLite file where questions, answers and thumbs from the web chat and Discord are kept, "
          + "for `report`. Default: `feedback.db` in the index folder."),
  FEEDBACK_RETENTION_DAYS(
      "PODCASTQA_FEEDBACK_RETENTION_DAYS",
      "90",
      "Days questions, answers and thumbs are kept (1 to 3650); older ones are deleted at start "
          + "and once a day."),
  EMBEDDING_MODEL(
      "PODCASTQA_EMBEDDING_MODEL",
      "all-minilm-l6-v2-q",
      "In-process embedding model: `all-minilm-l6-v2-q` (default: as good on the tuning sets, "
          + "about 3x less CPU to index) or `bge-small-en-v1.5-q`."),
  MIN_RELEVANCE(
      "PODCASTQA_MIN_RELEVANCE",
      "",
      "A hard floor under the fitted relevance gate: a question whose best passage is less "
          + "similar than this (cosine, 0 to 1) is refused. Empty: no floor."),

  PROMPTS_DIR(
      "PODCASTQA_PROMPTS_DIR",
      "prompts",
      "Folder of prompt and answer templates. When it does not exist, the copies inside the "
          + "jar are used."),
  LLM(
      "PODCASTQA_LLM",
      "none",
      "Answer mode, exactly one of `none` (extractive), `openai` or `ollama` (lower case); any "
          + "other value stops start-up with a message listing these."),
  LLM_BASE_URL(
      "PODCASTQA_LLM_BASE_URL",
      "",
      "Model endpoint. Default: https://api.openai.com/v1 for openai, "
          + "http://localhost:11434 for ollama."),
  LLM_MODEL("PODCASTQA_LLM_MODEL", "", "Model name, e.g. `gpt-4o-mini` or `llama3.1`."),
  LLM_API_KEY("PODCASTQA_LLM_API_KEY", "", "API key for the openai provider, if it needs one."),
  LLM_TIMEOUT_SECONDS(
      "PODCASTQA_LLM_TIMEOUT_SECONDS",
      "30",
      "How long the model may take over an answer (and over a follow-up rewrite), its one retry "
          + "included, however slowly it sends; past it the answer quotes the episodes directly, "
          + "with a notice."),
  CONVERSATION_TURNS(
      "PODCASTQA_CONVERSATION_TURNS", "6", "Turns of a conversation kept for follow-up questions."),
  CONVERSATION_TTL_MINUTES(
      "PODCASTQA_CONVERSATION_TTL_MINUTES",
      "30",
      "Minutes of inactivity after which a conversation is forgotten."),
  CONVERSATION_MAX(
      "PODCASTQA_CONVERSATION_MAX",
      "10000",
      "Most conversations kept in memory at once; past it an older one goes, picked by how "
          + "recently and how often each was used."),

  DISCORD_PUBLIC_KEY(
      "PODCASTQA_DISCORD_PUBLIC_KEY",
      "",
      "Discord application public key (hex). The Discord routes are off until it is set."),
  DISCORD_APP_ID("PODCASTQA_DISCORD_APP_ID", "", "Discord application id."),
  DISCORD_BOT_TOKEN(
      "PODCASTQA_DISCORD_BOT_TOKEN", "", "Discord bot token, used by `discord register`."),
  DISCORD_WEBHOOK_URL(
      "PODCASTQA_DISCORD_WEBHOOK_URL",
      "",
      "Channel webhook for \"Share to Discord\" in the web chat."),
  DISCORD_API_BASE(
      "PODCASTQA_DISCORD_API_BASE", "https://discord.com/api/v10", "Discord API base URL."),

  STORE(
      "PODCASTQA_STORE",
      "memory",
      "Index store, exactly one of `memory` or `elasticsearch` (lower case); any other value "
          + "stops start-up with a message listing these."),
  ES_URL(
      "PODCASTQA_ES_URL",
      "http://localhost:9200",
      "Elasticsearch URL; several nodes' URLs comma-separated, tried in turn when one fails."),
  ES_API_KEY("PODCASTQA_ES_API_KEY", "", "Elasticsearch API key (instead of user/password)."),
  ES_USER("PODCASTQA_ES_USER", "", "Elasticsearch user."),
  ES_PASSWORD("PODCASTQA_ES_PASSWORD", "", "Elasticsearch password."),
  ES_INDEX_PREFIX(
      "PODCASTQA_ES_INDEX_PREFIX", "podcastqa", "Prefix of the Elasticsearch index names."),
  ES_COMPAT_8(
      "PODCASTQA_ES_COMPAT_8",
      "false",
      "Send `compatible-with=8` headers, for an 8.x server (the client speaks 9.x).");

  private final String env;
  private final String defaultValue;
  private final String description;

  Setting(String env, String defaultValue, String description) {
    this.env = env;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String env() {
    return env;
  }

  /** Key in the properties file: the enum name in lower case, dotted (e.g. {@code llm.model}). */
  public String fileKey() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }
}
