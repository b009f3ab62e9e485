package dev.podcastqa.cache;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.Ingester;
import dev.podcastqa.ingest.Input;
import dev.podcastqa.ingest.SourceRead;
import dev.podcastqa.ingest.source.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Ingester} with a memory between runs: local files that did not change since this build
 * read them come from a {@link SourceCache} instead of being parsed, and when none changed the
 * corpus they made last time is taken whole. What it gives is what the ingester alone gives.
 */
public final class CachingIngester {

  private static final Logger LOG = LoggerFactory.getLogger(CachingIngester.class);

  private final Ingester ingester;
  private final SourceCache cache;
  private final Function<Input, SourceRead> reader;

  public CachingIngester(Ingester ingester, SourceCache cache) {
    this(ingester, cache, ingester::read);
  }

  /**
   * @param reader reads what the cache does not give, as {@link Ingester#read} does (it may know
   *     the read of a source it read before and that did not change, such as a feed's copy)
   */
  public CachingIngester(Ingester ingester, SourceCache cache, Function<Input, SourceRead> reader) {
    this.ingester = ingester;
    this.cache = cache;
    this.reader = reader;
  }

  /**
   * Reads every input as {@link Ingester#ingest} does, taking local files that did not change from
   * the cache instead of parsing them, and saving what was parsed to it.
   */
  public Corpus ingest(List<String> inputs) {
    Ingester.Listing listing = ingester.list(inputs);
    List<Input> expanded = listing.inputs();
    // Each file's state is taken before it is read: a change while reading then misses next time.
    // Files found in a folder are keyed by the attributes the listing read (one stat each).
    List<Optional<SourceCache.Key>> keys =
        expanded.stream().map(input -> cache.keyOf(input, listing.attributes(input))).toList();
    List<SourceCache.Key> all = keys.stream().flatMap(Optional::stream).toList();
    boolean allFiles =
        listing.problems().isEmpty() && all.size() == expanded.size() && !all.isEmpty();
    Optional<Corpus> unchanged =
        allFiles ? cache.corpus(all, episode -> reparse(inputs, episode)) : Optional.empty();
    if (unchanged.isPresent()) {
      log(unchanged.get(), expanded.size());
      return unchanged.get();
    }
    List<SourceRead> reads =
        IntStream.range(0, expanded.size())
            .parallel()
            .mapToObj(i -> read(expanded.get(i), keys.get(i)))
            .toList();
    Corpus corpus = ingester.assemble(reads, listing.problems());
    if (allFiles) {
      cache.remember(all, corpus);
    }
    cache.save();
    log(corpus, expanded.size());
    return corpus;
  }

  /**
   * A fingerprint of everything in {@code episode}, the same on every run for the same content,
   * known without encoding the episode again when it came from the cache.
   */
  public String fingerprint(Episode episode, Transcripts transcripts) {
    return cache.fingerprint(episode, transcripts);
  }

  /** The cache's read of a file that did not change, else the ingester's, kept when it can be. */
  private SourceRead read(Input input, Optional<SourceCache.Key> key) {
    Optional<SourceRead> cached = key.flatMap(cache::find);
    if (cached.isPresent()) {
      return cached.get();
    }
    SourceRead read = reader.apply(input);
    // A feed links to files on the web, and a file that could not be read may be read next time.
    if (!read.feed() && !read.unread()) {
      key.ifPresent(k -> cache.put(k, read));
    }
    return read;
  }

  /**
   * The transcript of {@code episode} parsed again from its sources, joined with the files named
   * alike beside them as a whole ingest joins them: for a transcript whose part of the cache was
   * found damaged when it was first asked for.
   */
  private List<Segment> reparse(List<String> inputs, Episode episode) {
    Set<String> locations =
        episode.sources().stream().map(Source::location).collect(Collectors.toSet());
    List<Input> listed = ingester.list(inputs).inputs();
    Set<String> stems =
        listed.stream()
            .filter(input -> locations.contains(input.location()))
            .map(Input::stemKey)
            .collect(Collectors.toSet());
    List<SourceRead> reads =
        listed.stream().filter(input -> stems.contains(input.stemKey())).map(reader).toList();
    Corpus again = ingester.assemble(reads, List.of());
    Optional<Episode> same =
        again.episodes().stream()
            .filter(e -> e.sources().equals(episode.sources()) || e.id().equals(episode.id()))
            .findFirst();
    if (same.isEmpty()) {
      LOG.warn("Episode {} is no longer in its sources; it has no transcript now", episode.id());
    }
    return same.map(e -> again.transcripts().of(e.id())).orElse(List.of());
  }

  private void log(Corpus corpus, int sources) {
    long notes = corpus.problems().stream().filter(Problem::note).count();
    LOG.info(
        "Read {} episodes from {} sources ({} problems, {} notes, {} sources unchanged since they"
            + " were parsed)",
        corpus.episodes().size(),
        sources,
        corpus.problems().size() - notes,
        notes,
        cache.hits());
  }
}
