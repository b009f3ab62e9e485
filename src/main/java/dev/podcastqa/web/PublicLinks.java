package dev.podcastqa.web;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;

/**
 * Makes the service's own links ({@code /episodes/...}) absolute with its public URL, for channels
 * whose readers are not on the service's pages (agents, chat clients); other links pass unchanged.
 */
public final class PublicLinks {

  private final String baseUrl;

  /** {@code baseUrl} is where the service is reached, e.g. {@code https://podcasts.example}. */
  public PublicLinks(String baseUrl) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  public String absolute(String url) {
    return url != null && url.startsWith("/") ? baseUrl + url : url;
  }

  /** {@code answer} with its citations' links made absolute; everything else unchanged. */
  public Answer absolute(Answer answer) {
    return new Answer(
        answer.answer(),
        answer.answered(),
        answer.mode(),
        answer.conversationId(),
        answer.citations().stream().map(this::absolute).toList(),
        answer.notice());
  }

  private Citation absolute(Citation c) {
    return new Citation(
        c.n(),
        c.episodeId(),
        c.episodeTitle(),
        c.podcast(),
        c.startSeconds(),
        c.timestamp(),
        c.speaker(),
        absolute(c.url()),
        absolute(c.episodeUrl()),
        c.quote());
  }
}
