package dev.podcastqa.cli;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import java.io.PrintWriter;

/**
 * Prints an answer for a terminal: the text, then each numbered citation with its moment and a
 * link. Links to the service's own pages need the address it is reached at; without one they are
 * left out (a note says how to get them) rather than pointing at a port nothing may listen on.
 */
final class AnswerPrinter {

  private final String baseUrl;

  /**
   * {@code baseUrl}: where the service is reached, e.g. https://podcasts.example; blank: unknown.
   */
  AnswerPrinter(String baseUrl) {
    this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
  }

  void print(Answer answer, PrintWriter out) {
    out.println(answer.answer());
    if (answer.notice() != null) {
      out.println();
      out.println("(" + answer.notice() + ")");
    }
    if (!answer.citations().isEmpty()) {
      out.println();
    }
    boolean linksLeftOut = false;
    for (Citation c : answer.citations()) {
      String when = c.timed() ? c.timestamp() : "show notes";
      String where = c.speaker() == null ? when : c.speaker() + ", " + when;
      String podcast = c.podcast() == null ? "" : " — " + c.podcast();
      out.printf("[%d] %s%s · %s%n", c.n(), c.episodeTitle(), podcast, where);
      out.printf("    \"%s\"%n", c.quote());
      String link = absolute(c.url());
      if (link == null) {
        linksLeftOut = true;
      } else {
        out.printf("    %s%n", link);
      }
    }
    if (linksLeftOut) {
      out.println();
      out.println("(Links to episode pages: set PODCASTQA_PUBLIC_URL or pass --base-url.)");
    }
    out.flush();
  }

  /**
   * Links to the service's own pages are relative in the answer; a terminal needs a host. Null when
   * the link is relative and no base URL is known.
   */
  String absolute(String url) {
    if (!url.startsWith("/")) {
      return url;
    }
    return baseUrl.isEmpty() ? null : baseUrl + url;
  }
}
