package dev.podcastqa.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.Dates;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Durations;
import dev.podcastqa.ingest.source.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Metadata written beside a source as {@code NAME.meta.json} (or, as before, {@code NAME.json} when
 * no JSON transcript needs that name): it adds what a page lacks or overrides what it gets wrong,
 * and {@code sameAs} joins sources that are the same episode.
 */
public record Sidecar(
    String location,
    String id,
    String title,
    String podcast,
    LocalDate published,
    Integer durationSeconds,
    Links links,
    List<String> sameAs) {

  /** How many unknown fields one problem line names before it says "...". */
  private static final int NAMED_UNKNOWN = 5;

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "title",
          "podcast",
          "published",
          "date",
          "duration",
          "durationSeconds",
          "url",
          "audioUrl",
          "videoUrl",
          "sameAs");

  public Sidecar {
    sameAs = List.copyOf(sameAs);
  }

  /** Whether a JSON object is a sidecar rather than a JSON transcript or chapters file. */
  public static boolean looksLikeSidecar(JsonNode node) {
    if (!node.isObject() || node.has("segments") || node.has("chapters")) {
      return false;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      if (FIELDS.contains(names.next())) {
        return true;
      }
    }
    return false;
  }

  /** Reads a sidecar object; fields of the wrong type or unknown names go to {@code problems}. */
  public static Sidecar read(String location, JsonNode node, Consumer<Problem> problems) {
    return read(location, node, false, problems);
  }

  /**
   * Reads a sidecar object. One in another tool's schema ({@code foreign}: a pipeline's {@code
   * PREFIX_meta.json}, whose {@code id} is a video's and whose other fields are its own) gives what
   * it shares with a sidecar but its {@code id}, and nothing else, silently; in a sidecar, fields
   * of the wrong type or unknown names go to {@code problems}. {@code date} is read as {@code
   * published}.
   */
  public static Sidecar read(
      String location, JsonNode node, boolean foreign, Consumer<Problem> problems) {
    Consumer<Problem> reported = foreign ? problem -> {} : problems;
    List<String> unknown = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                unknown.add("\"" + name + "\"");
              }
            });
    if (unknown.size() == 1) {
      reported.accept(
          new Problem(location, 0, "unknown sidecar field " + unknown.get(0) + " ignored"));
    } else if (!unknown.isEmpty()) {
      // one line for the file: a JSON of another shape has hundreds of fields
      String named = String.join(", ", unknown.subList(0, Math.min(NAMED_UNKNOWN, unknown.size())));
      reported.accept(
          new Problem(
              location,
              0,
              unknown.size()
                  + " unknown sidecar fields ("
                  + named
                  + (unknown.size() > NAMED_UNKNOWN ? ", ..." : "")
                  + ") ignored"));
    }
    Fields fields = new Fields(location, node, reported);
    LocalDate published = fields.date("published");
    Integer duration = fields.duration();
    return new Sidecar(
        location,
        foreign ? null : fields.slug("id"),
        fields.text("title"),
        fields.text("podcast"),
        published != null ? published : fields.date("date"),
        duration,
        new Links(fields.text("url"), fields.text("audioUrl"), fields.text("videoUrl")),
        fields.list("sameAs"));
  }

  /** {@code draft} with every field this sidecar sets replaced, and the sidecar as a source. */
  public Draft applyTo(Draft draft) {
    Draft.Builder builder = draft.toBuilder();
    if (id != null) {
      builder.id(id);
    }
    if (title != null) {
      builder.title(title);
    }
    if (podcast != null) {
      builder.podcast(podcast);
    }
    if (published != null) {
      builder.published(published);
    }
    if (durationSeconds != null) {
      builder.durationSeconds(durationSeconds);
    }
    builder.links(links.orElse(draft.links()));
    sameAs.forEach(builder::sameAs);
    builder.source(new Source(location, "sidecar"));
    return builder.build();
  }

  /** Reads typed fields of one sidecar, reporting those of the wrong type. */
  private record Fields(String location, JsonNode node, Consumer<Problem> problems) {

    String text(String name) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isTextual()) {
        wrong(name, "a string");
        return null;
      }
      return value.asText().isBlank() ? null : value.asText().strip();
    }

    String slug(String name) {
      String value = text(name);
      if (value != null && !dev.podcastqa.episode.Slug.isValid(value)) {
        wrong(name, "lower-case words joined by hyphens");
        return null;
      }
      return value;
    }

    LocalDate date(String name) {
      String value = text(name);
      if (value == null) {
        return null;
      }
      return Dates.parse(value)
          .orElseGet(
              () -> {
                wrong(name, "a date such as 2023-06-18");
                return null;
              });
    }

    Integer duration() {
      JsonNode value =
          node.has("durationSeconds") ? node.get("durationSeconds") : node.get("duration");
      if (value == null || value.isNull()) {
        return null;
      }
      if (value.isIntegralNumber() && value.asInt() >= 0) {
        return value.asInt();
      }
      if (value.isTextual() && Durations.parse(value.asText()).isPresent()) {
        return Durations.parse(value.asText()).getAsInt();
      }
      wrong("duration", "seconds or hh:mm:ss");
      return null;
    }

    List<String> list(String name) {
      JsonNode value = node.get(name);
      List<String> items = new ArrayList<>();
      if (value == null || value.isNull()) {
        return items;
      }
      if (value.isTextual()) {
        items.add(value.asText());
      } else if (value.isArray()) {
        value.forEach(
            item -> {
              if (item.isTextual() && !item.asText().isBlank()) {
                items.add(item.asText().strip());
              } else {
                wrong(name, "a list of strings");
              }
            });
      } else {
        wrong(name, "a string or a list of strings");
      }
      return items;
    }

    private void wrong(String name, String expected) {
      problems.accept(
          new Problem(
              location, 0, "sidecar field \"" + name + "\" should be " + expected + "; ignored"));
    }
  }
}
