package dev.podcastqa.ingest.source;

import dev.podcastqa.episode.Links;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What a source says about its own episode in a header of its own: Markdown front matter, {@code
 * Title:} lines above a text transcript, a WebVTT {@code NOTE}, the fields of a JSON transcript.
 * Every field may be null; {@code guests} is read but has no place in the episode model yet. A
 * {@code podcast} field that is a link ({@code podcast: https://stephanlivera.com/episode/456/})
 * names no podcast: it is the episode's page, unless a {@code url} field gives one. A {@code media}
 * or {@code episode_url} field is read by what its link points at ({@link #mediaLinks}). {@code
 * number} is the episode's number, from a field that holds a whole number alone ({@code number:
 * 321}, as Syntax's show notes write it); any other value names no number and is no problem.
 */
public record SourceHeader(
    String title,
    String podcast,
    LocalDate published,
    Integer durationSeconds,
    Links links,
    List<String> guests,
    Integer number) {

  public static final SourceHeader NONE =
      new SourceHeader(null, null, null, null, null, List.of(), null);

  /**
   * Header keys (lower case) and the field each names; the first key of a field that is set wins.
   */
  private static final Map<String, String> KEYS =
      Map.ofEntries(
          Map.entry("title", "title"),
          Map.entry("episode title", "title"),
          Map.entry("podcast", "podcast"),
          Map.entry("show", "podcast"),
          Map.entry("channel", "podcast"),
          Map.entry("show_name", "podcast"),
          Map.entry("date", "published"),
          Map.entry("published", "published"),
          Map.entry("pubdate", "published"),
          Map.entry("pub_date", "published"),
          Map.entry("publish_date", "published"),
          Map.entry("publishdate", "published"),
          Map.entry("published_at", "published"),
          // schema.org's datePublished, as exporters of episode pages to Markdown write it
          Map.entry("date_published", "published"),
          Map.entry("datepublished", "published"),
          Map.entry("upload_date", "published"),
          Map.entry("duration", "duration"),
          Map.entry("duration_seconds", "duration"),
          Map.entry("podcast_duration", "duration"),
          Map.entry("url", "url"),
          Map.entry("link", "url"),
          Map.entry("audio", "audio"),
          Map.entry("audio url", "audio"),
          Map.entry("audio_url", "audio"),
          Map.entry("podcast_file", "audio"),
          Map.entry("youtube", "video"),
          Map.entry("youtube_url", "video"),
          Map.entry("video", "video"),
          Map.entry("media", "media"),
          // Zola sites' [extra] field of the episode's file (Software Sessions: a pinecast .mp3)
          Map.entry("episode_url", "media"),
          // Chinese labels, written with a full-width colon ("日期：2025-10-15", "長度：00:52:03")
          Map.entry("\u65E5\u671F", "published"),
          Map.entry("\u9577\u5EA6", "duration"),
          Map.entry("\u957F\u5EA6", "duration"),
          Map.entry("\u6642\u9577", "duration"),
          Map.entry("\u65F6\u957F", "duration"),
          Map.entry("guest", "guests"),
          Map.entry("guests", "guests"),
          Map.entry("number", "number"),
          Map.entry("episode_number", "number"),
          Map.entry("episodenumber", "number"),
          Map.entry("itunes_episode", "number"));

  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,6}");

  private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");

  /** A value that says it is not known ({@code publish_date: "unknown"}): no value, no problem. */
  private static final Pattern NOT_KNOWN =
      Pattern.compile("(?i)\\s*(?:unknown|n/?a|none|null|tbd)\\s*");

  private static final Pattern LINK = Pattern.compile("(?i)https?://\\S+");
  private static final Pattern AUDIO_FILE =
      Pattern.compile("(?i)https?://\\S+\\.(?:mp3|m4a|aac|ogg|oga|opus|wav|flac)(?:[?#]\\S*)?");
  private static final Pattern VIDEO_SITE =
      Pattern.compile("(?i)https?://(?:[\\w-]+\\.)*(?:youtube\\.com|youtu\\.be|vimeo\\.com)/\\S*");

  public SourceHeader {
    title = blankToNull(title);
    podcast = blankToNull(podcast);
    links = links == null ? Links.NONE : links;
    guests = List.copyOf(guests);
  }

  /** Whether {@code key} (any case) names a header field. */
  public static boolean isKey(String key) {
    return KEYS.containsKey(key.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The header that {@code fields} (key to values, in the source's order) state; keys that are no
   * header field are left out, values of the wrong form are reported against {@code line} of {@code
   * location}.
   */
  public static SourceHeader of(
      Map<String, List<String>> fields, String location, int line, Consumer<Problem> problems) {
    Map<String, List<String>> byField = new LinkedHashMap<>();
    fields.forEach(
        (key, values) -> {
          String field = KEYS.get(key.strip().toLowerCase(Locale.ROOT));
          if (field != null && !values.isEmpty()) {
            byField.putIfAbsent(field, values);
          }
        });
    Consumer<String> wrong =
        reason -> problems.accept(new Problem(location, line, reason + "; ignored"));
    String podcast = first(byField, "podcast");
    boolean podcastIsLink = podcast != null && LINK.matcher(podcast).matches();
    Links links =
        new Links(first(byField, "url"), first(byField, "audio"), video(first(byField, "video")))
            .orElse(mediaLinks(first(byField, "media")))
            .orElse(new Links(podcastIsLink ? podcast : null, null, null));
    return new SourceHeader(
        first(byField, "title"),
        podcastIsLink ? null : podcast,
        date(first(byField, "published"), wrong),
        duration(first(byField, "duration"), wrong),
        links,
        byField.getOrDefault("guests", List.of()),
        number(first(byField, "number")));
  }

  /**
   * The link a {@code media:} field gives, by what it points at, as transcript sites write it
   * (btctranscripts.com: an episode's .mp3, its YouTube video, its Spotify page): an audio file is
   * the audio, a YouTube or Vimeo video the video, any other link the page; no link, none.
   */
  public static Links mediaLinks(String value) {
    if (value == null || !LINK.matcher(value.strip()).matches()) {
      return Links.NONE;
    }
    String link = value.strip();
    if (AUDIO_FILE.matcher(link).matches()) {
      return new Links(null, link, null);
    }
    return VIDEO_SITE.matcher(link).matches()
        ? new Links(null, null, link)
        : new Links(link, null, null);
  }

  /** {@code draft} with every field this header sets replaced, as a sidecar would. */
  public Draft applyTo(Draft draft) {
    Draft.Builder builder = draft.toBuilder();
    Optional.ofNullable(title).ifPresent(builder::title);
    Optional.ofNullable(podcast).ifPresent(builder::podcast);
    Optional.ofNullable(published).ifPresent(builder::published);
    Optional.ofNullable(durationSeconds).ifPresent(builder::durationSeconds);
    Optional.ofNullable(number).ifPresent(builder::number);
    builder.links(links.orElse(draft.links()));
    return builder.build();
  }

  /** This header with each field it lacks taken from {@code other}. */
  public SourceHeader orElse(SourceHeader other) {
    List<String> allGuests = new ArrayList<>(guests);
    other.guests.stream().filter(g -> !allGuests.contains(g)).forEach(allGuests::add);
    return new SourceHeader(
        title != null ? title : other.title,
        podcast != null ? podcast : other.podcast,
        published != null ? published : other.published,
        durationSeconds != null ? durationSeconds : other.durationSeconds,
        links.orElse(other.links),
        allGuests,
        number != null ? number : other.number);
  }

  private static String first(Map<String, List<String>> fields, String field) {
    List<String> values = fields.get(field);
    return values == null ? null : blankToNull(values.get(0));
  }

  private static LocalDate date(String value, Consumer<String> wrong) {
    if (value == null || NOT_KNOWN.matcher(value).matches()) {
      return null;
    }
    Optional<LocalDate> date = Dates.parse(value);
    if (date.isEmpty()) {
      wrong.accept("date \"" + value + "\" is not a date such as 2023-06-18");
    }
    return date.orElse(null);
  }

  private static Integer duration(String value, Consumer<String> wrong) {
    if (value == null || NOT_KNOWN.matcher(value).matches()) {
      return null;
    }
    OptionalInt seconds = Durations.parse(value);
    if (seconds.isEmpty()) {
      wrong.accept("duration \"" + value + "\" is not seconds or hh:mm:ss");
      return null;
    }
    return seconds.getAsInt();
  }

  private static Integer number(String value) {
    return value != null && WHOLE_NUMBER.matcher(value).matches() ? Integer.valueOf(value) : null;
  }

  /** A YouTube video id alone becomes its watch URL; anything else is kept as written. */
  private static String video(String value) {
    if (value != null && YOUTUBE_ID.matcher(value).matches()) {
      return "https://www.youtube.com/watch?v=" + value;
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
