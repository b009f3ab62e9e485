package dev.podcastqa.ingest.source;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one source says about one episode, before sources of the same episode are merged.
 *
 * <p>Every field but {@code sources} may be missing (null or empty): a transcript knows no title,
 * an Apple page no date. {@code description} holds answerable paragraphs only, with site chrome and
 * sponsor copy already removed. {@code sameAs} names other sources or episode ids this one must
 * merge with (from a sidecar). {@code number} is the episode's number as the source states it in a
 * field of its own (front matter {@code number: 321}), or null.
 */
public record Draft(
    List<Source> sources,
    String id,
    String title,
    String podcast,
    LocalDate published,
    Integer durationSeconds,
    Links links,
    List<Chapter> chapters,
    List<Reference> references,
    List<String> description,
    List<Segment> transcript,
    String guid,
    List<String> sameAs,
    Integer number) {

  public Draft {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a draft comes from at least one source");
    }
    sources = List.copyOf(sources);
    title = blankToNull(title);
    podcast = blankToNull(podcast);
    links = Objects.requireNonNullElse(links, Links.NONE);
    chapters = List.copyOf(chapters);
    references = List.copyOf(references);
    description = List.copyOf(description);
    transcript = List.copyOf(transcript);
    guid = blankToNull(guid);
    sameAs = List.copyOf(sameAs);
  }

  public static Builder builder(Source source) {
    return new Builder(source);
  }

  /** A builder that starts from this draft, for sidecars and merges that change a few fields. */
  public Builder toBuilder() {
    Builder builder = new Builder(sources.get(0));
    builder.sources.clear();
    builder.sources.addAll(sources);
    builder.id = id;
    builder.title = title;
    builder.podcast = podcast;
    builder.published = published;
    builder.durationSeconds = durationSeconds;
    builder.links = links;
    builder.chapters.addAll(chapters);
    builder.references.addAll(references);
    builder.description.addAll(description);
    builder.transcript.addAll(transcript);
    builder.guid = guid;
    builder.sameAs.addAll(sameAs);
    builder.number = number;
    return builder;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Collects a draft field by field while a parser walks its source. */
  public static final class Builder {
    private final List<Source> sources = new ArrayList<>();
    private String id;
    private String title;
    private String podcast;
    private LocalDate published;
    private Integer durationSeconds;
    private Links links = Links.NONE;
    private final List<Chapter> chapters = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<String> description = new ArrayList<>();
    private final List<Segment> transcript = new ArrayList<>();
    private String guid;
    private final List<String> sameAs = new ArrayList<>();
    private Integer number;

    private Builder(Source source) {
      sources.add(Objects.requireNonNull(source, "source"));
    }

    public Builder id(String value) {
      id = value;
      return this;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder podcast(String value) {
      podcast = value;
      return this;
    }

    public Builder published(LocalDate value) {
      published = value;
      return this;
    }

    public Builder durationSeconds(Integer value) {
      durationSeconds = value;
      return this;
    }

    public Builder links(Links value) {
      links = Objects.requireNonNull(value, "links");
      return this;
    }

    public Builder chapter(Chapter value) {
      chapters.add(value);
      return this;
    }

    public Builder reference(Reference value) {
      references.add(value);
      return this;
    }

    public Builder paragraph(String value) {
      if (value != null && !value.isBlank()) {
        description.add(value.strip());
      }
      return this;
    }

    public Builder segment(Segment value) {
      transcript.add(value);
      return this;
    }

    public Builder transcript(List<Segment> values) {
      transcript.clear();
      transcript.addAll(values);
      return this;
    }

    public Builder chapters(List<Chapter> values) {
      chapters.clear();
      chapters.addAll(values);
      return this;
    }

    public Builder references(List<Reference> values) {
      references.clear();
      references.addAll(values);
      return this;
    }

    public Builder guid(String value) {
      guid = value;
      return this;
    }

    public Builder sameAs(String value) {
      sameAs.add(value);
      return this;
    }

    public Builder number(Integer value) {
      number = value;
      return this;
    }

    public Builder source(Source value) {
      if (!sources.contains(value)) {
        sources.add(value);
      }
      return this;
    }

    public Draft build() {
      return new Draft(
          sources,
          id,
          title,
          podcast,
          published,
          durationSeconds,
          links,
          chapters,
          references,
          description,
          transcript,
          guid,
          sameAs,
          number);
    }
  }
}
