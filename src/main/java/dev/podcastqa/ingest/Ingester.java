package dev.podcastqa.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.ingest.feed.FeedReader;
import dev.podcastqa.ingest.markdown.JsonFrontMatter;
import dev.podcastqa.ingest.page.PageReader;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.HtmlText;
import dev.podcastqa.ingest.source.InvalidJson;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads files, folders and URLs into a {@link Corpus}: every source is recognized by its content,
 * sources named alike in one folder are joined (page, transcript, sidecar), so are a transcript and
 * show notes that carry one episode number ({@link NumberedPairs}), and pages of the same episode
 * are merged. A source that cannot be read becomes a problem, never a stop.
 */
public final class Ingester {

  /** An XML declaration, then the root element's name (after any comments and DOCTYPE). */
  private static final Pattern XML_ROOT =
      Pattern.compile(
          "(?s)^\\s*<\\?xml[^>]*>\\s*(?:<!--.*?-->\\s*|<!DOCTYPE[^>]*>\\s*)*<([A-Za-z][\\w:.-]*)");

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

  /**
   * An ingester with the standard readers (pages, transcripts, feeds sharing one transcript
   * reader), fetching what feeds link with {@code fetcher}.
   */
  public static Ingester reading(Fetcher fetcher, ObjectMapper mapper) {
    TranscriptReader transcripts = new TranscriptReader();
    return new Ingester(
        new PageReader(), transcripts, new FeedReader(fetcher, transcripts), fetcher, mapper);
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
    Listing listing = list(inputs);
    List<SourceRead> reads = listing.inputs().parallelStream().map(this::read).toList();
    Corpus corpus = assemble(reads, listing.problems());
    long notes = corpus.problems().stream().filter(Problem::note).count();
    LOG.info(
        "Read {} episodes from {} sources ({} problems, {} notes)",
        corpus.episodes().size(),
        listing.inputs().size(),
        corpus.problems().size() - notes,
        notes);
    return corpus;
  }

  /** The sources {@code inputs} name, folders walked, and a problem for each that is missing. */
  public Listing list(List<String> inputs) {
    List<Problem> problems = new ArrayList<>();
    Map<Input, BasicFileAttributes> listed = new HashMap<>();
    List<Input> expanded =
        OtherToolsData.without(Input.expand(inputs, problems::add, listed), problems);
    return new Listing(expanded, problems, listed);
  }

  /**
   * What one source gives as it was read, before the limits of {@link #assemble} are applied; a
   * source that cannot be read gives a problem instead.
   */
  public SourceRead read(Input input) {
    try {
      SourceText text =
          input.url() ? fetcher.fetch(input.location()) : input.readFile(maxFileBytes);
      return classify(text, input.stemKey());
    } catch (SourceException e) {
      return SourceRead.failed(input.stemKey(), e.problem());
    } catch (RuntimeException e) {
      LOG.warn("Unexpected failure reading {}", input.location(), e);
      return SourceRead.failed(
          input.stemKey(), new Problem(input.location(), 0, "could not be read: " + e));
    }
  }

  /**
   * The corpus {@code reads} make, in the order of the listing: each read checked against the
   * limits, sources named alike joined, pages of one episode merged and ids assigned.
   *
   * @param listed the problems met listing the sources, reported first
   */
  public Corpus assemble(List<SourceRead> reads, List<Problem> listed) {
    List<Problem> problems = new ArrayList<>(listed);
    List<SourceRead> checked = reads.stream().map(SourceChecks::check).toList();
    checked.forEach(read -> problems.addAll(read.problems()));
    List<Draft> drafts = joinByStem(checked, problems);
    List<Draft> merged =
        StandaloneTranscript.completeAll(
            LoneChapters.without(Merger.merge(NumberedPairs.pair(drafts)), problems::add),
            problems::add);
    EpisodeIds.Assigned assigned = EpisodeIds.assign(merged, problems::add);
    return new Corpus(assigned.episodes(), assigned.transcripts(), problems);
  }

  /**
   * The sources to read, in order, the problems met finding them, and the attributes of the files
   * found in folders as they were when listed (none for links, named files and URLs).
   */
  public record Listing(
      List<Input> inputs, List<Problem> problems, Map<Input, BasicFileAttributes> listed) {

    public Listing {
      inputs = List.copyOf(inputs);
      problems = List.copyOf(problems);
      listed = Map.copyOf(listed);
    }

    /** The attributes {@code input} had when it was listed, if it was stat-ed then. */
    public Optional<BasicFileAttributes> attributes(Input input) {
      return Optional.ofNullable(listed.get(input));
    }
  }

  private SourceRead classify(SourceText text, String stemKey) {
    List<Problem> problems = new ArrayList<>();
    try {
      JsonNode node = looksLikeJson(text) ? parseJson(text) : null;
      if (node != null) {
        // a transcript service's JSON may carry an "id" or a "title" as sidecars do
        if (Sidecar.looksLikeSidecar(node) && transcripts.recognize(text).isEmpty()) {
          Sidecar sidecar =
              Sidecar.read(
                  text.location(), node, SiblingFiles.isForeignMeta(text.name()), problems::add);
          return new SourceRead(stemKey, false, List.of(), sidecar, problems, false);
        }
        if (TopicsFile.isTopics(text.name(), node)) {
          Draft topics = TopicsFile.read(text, node, problems::add);
          return new SourceRead(stemKey, false, List.of(topics), null, problems, false);
        }
        if (feeds.isChaptersFile(node)) {
          Draft chapters = feeds.readChaptersFile(text, problems::add);
          return new SourceRead(stemKey, false, List.of(chapters), null, problems, false);
        }
      }
      if (feeds.recognize(text)) {
        return new SourceRead(
            stemKey, true, feeds.read(text, problems::add), null, problems, false);
      }
      Optional<Draft> transcript =
          new TranscriptSources(transcripts, pages).read(text, problems::add);
      if (transcript.isPresent()) {
        Draft draft = SiblingFiles.asNotes(text, transcript.get());
        return new SourceRead(stemKey, false, List.of(draft), null, problems, false);
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
      Matcher xml = XML_ROOT.matcher(text.content());
      if (xml.find()) {
        throw new SourceException(
            text.location(),
            1,
            "XML with a <"
                + xml.group(1)
                + "> root is neither a feed, a TTML transcript nor an HTML page; not read");
      }
      Draft page = SiblingFiles.asNotes(text, pages.read(text));
      return new SourceRead(stemKey, false, List.of(page), null, problems, false);
    } catch (SourceException e) {
      problems.add(e.problem());
      return new SourceRead(stemKey, false, List.of(), null, problems, false);
    }
  }

  private static boolean looksLikeJson(SourceText text) {
    return text.extension().equals("json") || text.content().stripLeading().startsWith("{");
  }

  /**
   * The JSON of {@code text}; null for a transcript broken part-way (a file cut off), whose reader
   * keeps what comes before the break.
   */
  private JsonNode parseJson(SourceText text) {
    try {
      return mapper.readTree(text.content());
    } catch (JsonProcessingException e) {
      if (transcripts.recognize(text).isPresent() || JsonFrontMatter.opens(text)) {
        return null;
      }
      throw InvalidJson.at(text.location(), e);
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
