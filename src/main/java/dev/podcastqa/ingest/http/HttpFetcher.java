package dev.podcastqa.ingest.http;

import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches http(s) URLs with the JDK client: redirects followed, time and size bounded, the body
 * decoded with the charset the server names (UTF-8 when it names none).
 */
public final class HttpFetcher implements Fetcher {

  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private static final String USER_AGENT = "podcast-qa";
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
  private static final Pattern NOT_TEXT = Pattern.compile("(?i)^\\s*(?:audio|video|image)/.*");

  private final Duration requestTimeout;
  private final long maxBytes;

  /**
   * Made on the first fetch: building it loads the trust store, a second of start-up on 2 cores.
   */
  private HttpClient client;

  public HttpFetcher() {
    this(REQUEST_TIMEOUT, MAX_BYTES);
  }

  /** A fetcher that gives up on a request after {@code requestTimeout} (the whole fetch). */
  public HttpFetcher(Duration requestTimeout, long maxBytes) {
    this.requestTimeout = requestTimeout;
    this.maxBytes = maxBytes;
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .connectTimeout(CONNECT_TIMEOUT)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
    }
    return client;
  }

  @Override
  public SourceText fetch(String url) {
    URI uri = checkedUri(url);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("User-Agent", USER_AGENT)
            .GET()
            .build();
    CompletableFuture<HttpResponse<byte[]>> future =
        client().sendAsync(request, info -> body(url, info));
    try {
      HttpResponse<byte[]> response = future.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
      Optional<String> refused = refusal(url, response.statusCode(), response.headers());
      if (refused.isPresent()) {
        throw new SourceException(url, 0, refused.get());
      }
      return SourceText.of(url, new String(response.body(), charset(response.headers())));
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new SourceException(
          url, 0, "no answer from " + url + " within " + show(requestTimeout));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new SourceException(url, 0, "interrupted while fetching " + url, e);
    } catch (ExecutionException e) {
      throw failure(url, uri, e.getCause());
    }
  }

  private static URI checkedUri(String url) {
    if (url == null || url.isBlank()) {
      throw new SourceException("(no URL)", 0, "an empty URL cannot be fetched");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new SourceException(url, 0, "not a URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      String what = scheme.isEmpty() ? "a relative URL" : scheme + ": URLs";
      throw new SourceException(url, 0, "only http and https URLs can be fetched, not " + what);
    }
    if (uri.getHost() == null) {
      throw new SourceException(url, 0, "the URL names no host");
    }
    return uri;
  }

  /** Collects the body of a response worth reading; discards it for any other. */
  private HttpResponse.BodySubscriber<byte[]> body(String url, HttpResponse.ResponseInfo info) {
    if (refusal(url, info.statusCode(), info.headers()).isPresent()) {
      return HttpResponse.BodySubscribers.replacing(new byte[0]);
    }
    return new CappedBody(maxBytes);
  }

  /** Why a response with this status and these headers is not the text asked for, if it is not. */
  private Optional<String> refusal(String url, int status, HttpHeaders headers) {
    if (status < 200 || status > 299) {
      return Optional.of("HTTP " + status + " from " + url);
    }
    String type = headers.firstValue("Content-Type").orElse("");
    if (NOT_TEXT.matcher(type).matches()) {
      return Optional.of(url + " is " + type.strip() + ", not text");
    }
    if (headers.firstValueAsLong("Content-Length").orElse(0) > maxBytes) {
      return Optional.of(tooLarge(url));
    }
    return Optional.empty();
  }

  private SourceException failure(String url, URI uri, Throwable cause) {
    if (cause instanceof CappedBody.TooLarge) {
      return new SourceException(url, 0, tooLarge(url));
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new SourceException(
          url, 0, "cannot connect to " + uri.getAuthority() + " within " + show(CONNECT_TIMEOUT));
    }
    if (cause instanceof HttpTimeoutException) {
      return new SourceException(
          url, 0, "no answer from " + url + " within " + show(requestTimeout), cause);
    }
    if (cause instanceof ConnectException) {
      String detail = cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
      return new SourceException(url, 0, "cannot connect to " + uri.getAuthority() + detail, cause);
    }
    return new SourceException(url, 0, "cannot fetch " + url + ": " + cause, cause);
  }

  private String tooLarge(String url) {
    long mebibyte = 1024 * 1024;
    String limit = maxBytes % mebibyte == 0 ? maxBytes / mebibyte + " MB" : maxBytes + " bytes";
    return "the answer from " + url + " is larger than " + limit;
  }

  private static Charset charset(HttpHeaders headers) {
    Matcher m = CHARSET.matcher(headers.firstValue("Content-Type").orElse(""));
    if (m.find()) {
      try {
        return Charset.forName(m.group(1));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static String show(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
