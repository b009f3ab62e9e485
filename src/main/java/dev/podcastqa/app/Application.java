package dev.podcastqa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.config.Config;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.Fetcher;
import dev.podcastqa.ingest.HttpFetcher;
import dev.podcastqa.ingest.Ingester;
import dev.podcastqa.ingest.feed.FeedReader;
import dev.podcastqa.ingest.page.PageReader;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import dev.podcastqa.json.Json;
import java.util.List;

/** Wires the pipeline from one config; each command asks it for the parts it needs. */
public final class Application {

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

  /** Reads {@code inputs}, or the configured episodes folder when there are none. */
  public Corpus readCorpus(List<String> inputs) {
    List<String> sources = inputs.isEmpty() ? List.of(config.episodesDir().toString()) : inputs;
    return ingester().ingest(sources);
  }
}
