package dev.podcastqa.follow;

import dev.podcastqa.ingest.http.CappedBody;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One conditional GET of a feed: it sends the validators of the copy held ({@code If-None-Match},
 * {@code If-Modified-Since}), so an unchanged feed costs a 304 and no body; the whole exchange is
 * bounded in time and the body in size.
 */
final class FeedFetch {

  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;

  FeedFetch(Duration timeout, long maxBytes) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** What one poll got: the body when it changed (null on 304) and the validators to send next. */
  record Got(boolean modified, String body, String etag, String lastModified) {}

  /**
   * Polls {@code url} with the validators of the copy held (either may be null).
   *
   * @throws FeedFailedException naming the URL and what went wrong
   */
  Got get(String url, String etag, String lastModified) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .header("User-Agent", "podcast-qa")
            .GET();
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(
            request.build(),
            info ->
                info.statusCode() / 100 == 2
                    ? new CappedBody(maxBytes)
                    : HttpResponse.BodySubscribers.replacing(new byte[0]));
    HttpResponse<byte[]> response = await(url, future);
    int status = response.statusCode();
    String newEtag = response.headers().firstValue("ETag").orElse(etag);
    String newModified = response.headers().firstValue("Last-Modified").orElse(lastModified);
    if (status == 304) {
      return new Got(false, null, newEtag, newModified);
    }
    if (status / 100 != 2) {
      throw new FeedFailedException("HTTP " + status + " from " + url);
    }
    Charset charset = charset(response.headers().firstValue("Content-Type").orElse(""));
    return new Got(true, new String(response.body(), charset), newEtag, newModified);
  }

  private HttpResponse<byte[]> await(String url, CompletableFuture<HttpResponse<byte[]>> future) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FeedFailedException(
          "no answer from " + url + " within " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FeedFailedException("interrupted while polling " + url);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CappedBody.TooLarge) {
        throw new FeedFailedException(
            "the feed at " + url + " is larger than " + maxBytes / (1024 * 1024) + " MB");
      }
      String reason = e.getCause() == null ? e.toString() : e.getCause().toString();
      throw new FeedFailedException("cannot fetch " + url + ": " + reason);
    }
  }

  private static Charset charset(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    if (m.find()) {
      try {
        return Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }
}
