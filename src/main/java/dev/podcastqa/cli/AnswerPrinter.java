package dev.podcastqa.cli;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import java.io.PrintWriter;

/** Prints an answer for a terminal: the text, then each numbered citation with its moment. */
final class AnswerPrinter {

  private final String baseUrl;

  AnswerPrinter(String baseUrl) {
    this.baseUrl = baseUrl;
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
    for (Citation c : answer.citations()) {
      String when = c.timed() ? c.timestamp() : "show notes";
      String where = c.speaker() == null ? when : c.speaker() + ", " + when;
      String podcast = c.podcast() == null ? "" : " — " + c.podcast();
      out.printf("[%d] %s%s · %s%n", c.n(), c.episodeTitle(), podcast, where);
      out.printf("    \"%s\"%n", c.quote());
      out.printf("    %s%n", absolute(c.url()));
    }
    out.flush();
  }

  /** Links to the service's own pages are relative in the answer; a terminal needs a host. */
  String absolute(String url) {
    return url.startsWith("/") ? baseUrl + url : url;
  }
}
