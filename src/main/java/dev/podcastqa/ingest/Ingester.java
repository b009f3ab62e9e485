package dev.podcastqa.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.ingest.feed.FeedReader;
import dev.podcastqa.ingest.page.PageReader;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.HtmlText;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads files, folders and URLs into a {@link Corpus}: every source is recognized by its content,
 * sources named alike in one folder are joined (page, transcript, sidecar), and pages of the same
 * episode are merged. A source that cannot be read becomes a problem, never a stop.
 */
public final class Ingester {

  private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

  private final PageReader pages;
  private final TranscriptReader transcripts;
  private final FeedReader feeds;
  private final Fetcher fetcher;
  private final ObjectMapper mapper;
  private final long maxFileBytes;

  public Ingester(
      PageReader pages,
      TranscriptReader transcripts,
      FeedReader feeds,
      Fetcher fetcher,
      ObjectMapper mapper) {
    this(pages, transcripts, feeds, fetcher, mapper, Input.MAX_BYTES);
  }

  private Ingester(
      PageReader pages,
      TranscriptReader transcripts,
      FeedReader feeds,
      Fetcher fetcher,
      ObjectMapper mapper,
      long maxFileBytes) {
    this.pages = pages;
    this.transcripts = transcripts;
    this.feeds = feeds;
    this.fetcher = fetcher;
    this.mapper = mapper;
    this.maxFileBytes = maxFileBytes;
  }

  /**
   * An ingester like this one that reports and skips files larger than {@code bytes} (the fetcher
   * has a limit of its own).
   */
  public Ingester withMaxFileBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("file size limit below 1 byte: " + bytes);
    }
    return new Ingester(pages, transcripts, feeds, fetcher, mapper, bytes);
  }

  /** Reads every input (a file, a folder read recursively, or an http(s) URL). */
  public Corpus ingest(List<String> inputs) {
    return ingest(inputs, SourceCache.none());
  }

  /**
   * Reads every input as {@link #ingest(List)} does, taking local files that did not change from
   * {@code cache} instead of parsing them, and saving what was parsed to it.
   */
  public Corpus ingest(List<String> inputs, SourceCache cache) {
    List<Problem> problems = new ArrayList<>();
    List<Input> expanded = Input.expand(inputs, problems::add);
    // Each file's state is taken before it is read: a change while reading then misses next time.
    List<Optional<SourceCache.Key>> keys = expanded.stream().map(cache::keyOf).toList();
    List<SourceCache.Key> all = keys.stream().flatMap(Optional::stream).toList();
    boolean allFiles = problems.isEmpty() && all.size() == expanded.size() && !all.isEmpty();
    Optional<Corpus> unchanged = allFiles ? cache.corpus(all) : Optional.empty();
    if (unchanged.isPresent()) {
      log(unchanged.get(), expanded.size(), cache);
      return unchanged.get();
    }
    List<SourceRead> reads =
        IntStream.range(0, expanded.size())
            .parallel()
            .mapToObj(i -> read(expanded.get(i), keys.get(i), cache))
            .map(SourceChecks::check)
            .toList();
    reads.forEach(read -> problems.addAll(read.problems()));
    List<Draft> drafts = joinByStem(reads, problems);
    List<Draft> merged =
        StandaloneTranscript.completeAll(
            LoneChapters.without(Merger.merge(drafts), problems::add), problems::add);
    List<Episode> episodes = EpisodeIds.assign(merged, problems::add);
    Corpus corpus = new Corpus(episodes, problems);
    if (allFiles) {
      cache.remember(all, corpus);
    }
    cache.save();
    log(corpus, expanded.size(), cache);
    return corpus;
  }

  private static void log(Corpus corpus, int sources, SourceCache cache) {
    LOG.info(
        "Read {} episodes from {} sources ({} problems, {} sources unchanged since they were"
            + " parsed)",
        corpus.episodes().size(),
        sources,
        corpus.problems().size(),
        cache.hits());
  }

  private SourceRead read(Input input, Optional<SourceCache.Key> key, SourceCache cache) {
    Optional<SourceRead> cached = key.flatMap(cache::find);
    if (cached.isPresent()) {
      return cached.get();
    }
    try {
      SourceText text =
          input.url() ? fetcher.fetch(input.location()) : input.readFile(maxFileBytes);
      SourceRead read = classify(text, input.stemKey());
      if (!read.feed()) {
        key.ifPresent(k -> cache.put(k, read));
      }
      return read;
    } catch (SourceException e) {
      return SourceRead.failed(input.stemKey(), e.problem());
    } catch (RuntimeException e) {
      LOG.warn("Unexpected failure reading {}", input.location(), e);
      return SourceRead.failed(
          input.stemKey(), new Problem(input.location(), 0, "could not be read: " + e));
    }
  }

  private SourceRead classify(SourceText text, String stemKey) {
    List<Problem> problems = new ArrayList<>();
    try {
      if (looksLikeJson(text)) {
        JsonNode node = parseJson(text);
        if (Sidecar.looksLikeSidecar(node)) {
          Sidecar sidecar = Sidecar.read(text.location(), node, problems::add);
          return new SourceRead(stemKey, false, List.of(), sidecar, problems);
        }
        if (feeds.isChaptersFile(node)) {
          Draft chapters = feeds.readChaptersFile(text, problems::add);
          return new SourceRead(stemKey, false, List.of(chapters), null, problems);
        }
      }
      if (feeds.recognize(text)) {
        return new SourceRead(stemKey, true, feeds.read(text, problems::add), null, problems);
      }
      Optional<Draft> transcript =
          new TranscriptSources(transcripts, pages).read(text, problems::add);
      if (transcript.isPresent()) {
        return new SourceRead(stemKey, false, List.of(transcript.get()), null, problems);
      }
      if (HtmlText.isDocument(text.content())) {
        text = new SourceText(text.location(), text.name(), HtmlText.pageText(text.content()));
      }
      if (looksLikeJson(text)) {
        throw new SourceException(
            text.location(),
            1,
            "JSON that is neither a sidecar (title, podcast, ...) nor a transcript (segments)");
      }
      return new SourceRead(stemKey, false, List.of(pages.read(text)), null, problems);
    } catch (SourceException e) {
      problems.add(e.problem());
      return new SourceRead(stemKey, false, List.of(), null, problems);
    }
  }

  private static boolean looksLikeJson(SourceText text) {
    return text.extension().equals("json") || text.content().stripLeading().startsWith("{");
  }

  private JsonNode parseJson(SourceText text) {
    try {
      return mapper.readTree(text.content());
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      throw new SourceException(text.location(), line, "invalid JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * Joins the drafts of sources that share a folder and file stem (page and transcript), and
   * applies the sidecar of that stem. A feed's items are never joined this way, but a sidecar
   * beside the feed applies to each of them.
   */
  private static List<Draft> joinByStem(List<SourceRead> reads, List<Problem> problems) {
    Map<String, List<Draft>> byStem = new LinkedHashMap<>();
    Map<String, Sidecar> sidecars = new LinkedHashMap<>();
    Map<String, List<Draft>> feedItems = new LinkedHashMap<>();
    for (SourceRead read : reads) {
      if (read.sidecar() != null) {
        sidecars.put(read.stemKey(), read.sidecar());
      } else if (read.feed()) {
        feedItems.computeIfAbsent(read.stemKey(), k -> new ArrayList<>()).addAll(read.drafts());
      } else {
        byStem.computeIfAbsent(read.stemKey(), k -> new ArrayList<>()).addAll(read.drafts());
      }
    }
    List<Draft> drafts = new ArrayList<>();
    byStem.forEach(
        (stem, group) -> {
          if (!group.isEmpty()) {
            Draft joined = DraftMerge.merge(group);
            Sidecar sidecar = sidecars.remove(stem);
            drafts.add(sidecar == null ? joined : sidecar.applyTo(joined));
          } else {
            sidecars.remove(stem);
          }
        });
    List<Draft> items = new ArrayList<>();
    feedItems.forEach(
        (stem, group) -> {
          Sidecar sidecar = sidecars.remove(stem);
          group.forEach(item -> items.add(sidecar == null ? item : sidecar.applyTo(item)));
        });
    sidecars
        .values()
        .forEach(
            sidecar ->
                problems.add(
                    new Problem(
                        sidecar.location(),
                        0,
                        "sidecar has no source beside it with the same name")));
    drafts.addAll(items);
    return drafts;
  }
}
