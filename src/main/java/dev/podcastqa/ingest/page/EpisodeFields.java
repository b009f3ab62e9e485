package dev.podcastqa.ingest.page;

import dev.podcastqa.episode.Links;
import dev.podcastqa.ingest.source.Dates;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Durations;
import dev.podcastqa.ingest.source.SourceHeader;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the labelled metadata a page states ({@code Podcast}, {@code Published}, {@code Duration
 * seconds}, {@code Canonical source}, {@code Audio}, ...); the first valid value of each field
 * wins. A {@code Podcast:} value that is a link is the episode's page, not the podcast's name; a
 * {@code media:} link is the audio, the video or the page by what it points at.
 */
final class EpisodeFields {

  private enum Field {
    TITLE,
    PODCAST,
    PUBLISHED,
    DURATION,
    PAGE,
    AUDIO,
    VIDEO,
    /** An audio file, a video or a page, told apart by the link ({@code media:}). */
    MEDIA,
    /** A field the site shows about itself (processing state, API paths): read and dropped. */
    SITE
  }

  /** A {@code Label: value} line split in two. */
  record Labelled(String label, String value) {}

  private static final Pattern INLINE = Pattern.compile("(\\p{L}[\\p{L} ]{0,30}?)\\s*:\\s*(\\S.*)");
  private static final Pattern LINK = Pattern.compile("https?://\\S+");
  private static final Map<String, Field> LABELS =
      Map.ofEntries(
          Map.entry("title", Field.TITLE),
          Map.entry("episode title", Field.TITLE),
          Map.entry("podcast", Field.PODCAST),
          Map.entry("show", Field.PODCAST),
          Map.entry("series", Field.PODCAST),
          Map.entry("published", Field.PUBLISHED),
          Map.entry("date", Field.PUBLISHED),
          Map.entry("released", Field.PUBLISHED),
          Map.entry("release date", Field.PUBLISHED),
          Map.entry("duration", Field.DURATION),
          Map.entry("duration seconds", Field.DURATION),
          Map.entry("length", Field.DURATION),
          Map.entry("canonical source", Field.PAGE),
          Map.entry("canonical url", Field.PAGE),
          Map.entry("url", Field.PAGE),
          Map.entry("link", Field.PAGE),
          Map.entry("page", Field.PAGE),
          Map.entry("audio", Field.AUDIO),
          Map.entry("audio url", Field.AUDIO),
          Map.entry("mp3", Field.AUDIO),
          Map.entry("video", Field.VIDEO),
          Map.entry("video url", Field.VIDEO),
          Map.entry("media", Field.MEDIA),
          Map.entry("processing state", Field.SITE),
          Map.entry("json", Field.SITE),
          Map.entry("markdown", Field.SITE));

  private String title;
  private String podcast;
  private LocalDate published;
  private Integer durationSeconds;
  private String page;
  private String audio;
  private String video;

  /** Whether {@code text} is a known field label on its own (a trailing colon allowed). */
  static boolean isLabel(String text) {
    return LABELS.containsKey(key(text));
  }

  /** {@code text} split as {@code Label: value}, whatever the label. */
  static Optional<Labelled> split(String text) {
    Matcher m = INLINE.matcher(text.strip());
    return m.matches() ? Optional.of(new Labelled(m.group(1), m.group(2))) : Optional.empty();
  }

  /** Reads {@code text} as a {@code Label: value} line; false when it is not a known field. */
  boolean acceptLine(String text) {
    return split(text).map(labelled -> accept(labelled.label(), labelled.value())).orElse(false);
  }

  /**
   * Takes {@code value} for the field {@code label} names; false when the label is unknown or the
   * value does not fit the field (a date that is no date), so the caller can keep the line as text.
   */
  boolean accept(String label, String value) {
    Field field = LABELS.get(key(label));
    if (field == null || value == null || value.isBlank()) {
      return false;
    }
    String v = value.strip();
    return switch (field) {
      case TITLE -> set(title == null, () -> title = v);
      case PODCAST ->
          LINK.matcher(v).matches()
              ? set(page == null, () -> page = v)
              : set(podcast == null, () -> podcast = v);
      case PUBLISHED -> acceptDate(v);
      case DURATION -> acceptDuration(v);
      case PAGE -> LINK.matcher(v).matches() && set(page == null, () -> page = v);
      case AUDIO -> LINK.matcher(v).matches() && set(audio == null, () -> audio = v);
      case VIDEO -> LINK.matcher(v).matches() && set(video == null, () -> video = v);
      case MEDIA -> LINK.matcher(v).matches() && acceptMedia(SourceHeader.mediaLinks(v));
      case SITE -> true;
    };
  }

  String title() {
    return title;
  }

  void applyTo(Draft.Builder draft) {
    draft
        .title(title)
        .podcast(podcast)
        .published(published)
        .durationSeconds(durationSeconds)
        .links(new Links(page, audio, video));
  }

  private boolean acceptMedia(Links links) {
    page = page == null ? links.page() : page;
    audio = audio == null ? links.audio() : audio;
    video = video == null ? links.video() : video;
    return true;
  }

  private boolean acceptDate(String value) {
    Optional<LocalDate> date = Dates.parse(value);
    date.ifPresent(d -> published = published == null ? d : published);
    return date.isPresent();
  }

  private boolean acceptDuration(String value) {
    OptionalInt seconds = Durations.parse(value);
    seconds.ifPresent(s -> durationSeconds = durationSeconds == null ? s : durationSeconds);
    return seconds.isPresent();
  }

  /** Runs {@code setter} when the field is still empty; a later value never overwrites. */
  private static boolean set(boolean empty, Runnable setter) {
    if (empty) {
      setter.run();
    }
    return true;
  }

  private static String key(String label) {
    return label.strip().replaceAll(":$", "").strip().toLowerCase(Locale.ROOT);
  }
}
