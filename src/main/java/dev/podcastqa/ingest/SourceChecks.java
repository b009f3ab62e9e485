package dev.podcastqa.ingest;

import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Holds what one source gave to the limits that keep the rest of the service safe, losing nothing
 * else: a title over {@value #MAX_TITLE_CHARS} characters is cut, and a link that is not http(s)
 * ({@code javascript:}, {@code data:}, {@code file:} ...) is dropped, each with a problem line.
 */
final class SourceChecks {

  static final int MAX_TITLE_CHARS = 300;
  private static final int SHOWN_URL_CHARS = 80;

  private SourceChecks() {}

  /** {@code read} with its drafts and sidecar held to the limits, and a problem per change. */
  static SourceRead check(SourceRead read) {
    List<Problem> problems = new ArrayList<>(read.problems());
    List<Draft> drafts = read.drafts().stream().map(d -> check(d, problems::add)).toList();
    Sidecar sidecar = read.sidecar() == null ? null : check(read.sidecar(), problems::add);
    return new SourceRead(read.stemKey(), read.feed(), drafts, sidecar, problems, read.unread());
  }

  /** Whether {@code url} is an absolute http or https URL with a host. */
  static boolean isHttp(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static Draft check(Draft draft, Consumer<Problem> problems) {
    Reporter report = new Reporter(draft.sources().get(0).location(), draft.title(), problems);
    Draft.Builder checked = draft.toBuilder();
    checked.title(report.title(draft.title()));
    checked.links(report.links(draft.links()));
    List<Reference> references = new ArrayList<>();
    for (Reference reference : draft.references()) {
      String url = report.link("link of reference \"" + reference.label() + "\"", reference.url());
      references.add(new Reference(reference.startSeconds(), reference.label(), url));
    }
    return checked.references(references).build();
  }

  private static Sidecar check(Sidecar sidecar, Consumer<Problem> problems) {
    Reporter report = new Reporter(sidecar.location(), null, problems);
    return new Sidecar(
        sidecar.location(),
        sidecar.id(),
        report.title(sidecar.title()),
        sidecar.podcast(),
        sidecar.published(),
        sidecar.durationSeconds(),
        report.links(sidecar.links()),
        sidecar.sameAs());
  }

  /** Reports the changes made to one draft or sidecar, naming it by its title when it has one. */
  private record Reporter(String location, String title, Consumer<Problem> problems) {

    String title(String value) {
      if (value == null || value.length() <= MAX_TITLE_CHARS) {
        return value;
      }
      String cut = value.substring(0, MAX_TITLE_CHARS - 1);
      int space = cut.lastIndexOf(' ');
      cut = (space > MAX_TITLE_CHARS / 2 ? cut.substring(0, space) : cut).strip() + "\u2026";
      problems.accept(
          new Problem(
              location,
              0,
              "title is "
                  + value.length()
                  + " characters, over the limit of "
                  + MAX_TITLE_CHARS
                  + "; cut to \""
                  + cut
                  + "\""));
      return cut;
    }

    Links links(Links links) {
      return new Links(
          link("page link", links.page()),
          link("audio link", links.audio()),
          link("video link", links.video()));
    }

    /** {@code url} when it is http(s), else null and a problem line. */
    String link(String what, String url) {
      if (url == null || isHttp(url)) {
        return url;
      }
      String shown =
          url.length() > SHOWN_URL_CHARS ? url.substring(0, SHOWN_URL_CHARS) + "\u2026" : url;
      String whose = title == null ? "" : "\"" + shorten(title) + "\": ";
      problems.accept(
          new Problem(
              location, 0, whose + what + " \"" + shown + "\" is not an http(s) URL; dropped"));
      return null;
    }

    private static String shorten(String text) {
      return text.length() > SHOWN_URL_CHARS ? text.substring(0, SHOWN_URL_CHARS) + "\u2026" : text;
    }
  }
}
