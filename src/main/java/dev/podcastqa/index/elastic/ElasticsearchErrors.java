package dev.podcastqa.index.elastic;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.index.StoreUnavailableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns whatever the Elasticsearch client throws into a one-line {@link StoreUnavailableException}
 * that names the URL and says what to do: unreachable, credentials refused, index missing, or an
 * 8.x server that needs the compatibility setting.
 */
final class ElasticsearchErrors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String url;
  private final boolean compat8;

  ElasticsearchErrors(ElasticsearchSettings settings) {
    this.url = settings.url();
    this.compat8 = settings.compat8();
  }

  /** A missing index, found by a check rather than by a failed request. */
  StoreUnavailableException missingIndex(String index) {
    return new StoreUnavailableException(
        "Elasticsearch index " + index + " is missing at " + url + " (restart to create it)");
  }

  /** A request the server answered but did not carry out, e.g. one bulk item it rejected. */
  StoreUnavailableException rejected(String doing, String index, String reason) {
    return new StoreUnavailableException(
        "Elasticsearch at "
            + url
            + " failed to "
            + doing
            + " "
            + index
            + " ("
            + oneLine(reason)
            + ")");
  }

  /** A read that kept answering from part of the index, e.g. while a node holding shards died. */
  StoreUnavailableException partial(String doing, String index, String coverage) {
    return new StoreUnavailableException(
        "Elasticsearch at "
            + url
            + " answered the "
            + doing
            + " of "
            + index
            + " from part of the index only ("
            + coverage
            + ")");
  }

  /**
   * The failure of {@code doing} on {@code index}, as a one-line message.
   *
   * @param doing what was attempted, e.g. "search"
   */
  StoreUnavailableException translate(String doing, String index, Throwable failure) {
    if (failure instanceof StoreUnavailableException known) {
      return known;
    }
    return new StoreUnavailableException(message(doing, index, failure), failure);
  }

  private String message(String doing, String index, Throwable failure) {
    ElasticsearchException refused = find(failure, ElasticsearchException.class);
    if (refused != null) {
      return refusal(doing, index, refused.status(), refused.error());
    }
    TransportException transport = find(failure, TransportException.class);
    if (transport != null && transport.statusCode() > 0) {
      return refusal(doing, index, transport.statusCode(), null);
    }
    // A 502, 503 or 504 from every node the client tried: it answered, it did not do it.
    ResponseException answered = find(failure, ResponseException.class);
    if (answered != null) {
      return refusal(doing, index, answered.getResponse().getStatusCode(), cause(answered));
    }
    if (find(failure, IOException.class) != null) {
      return "Elasticsearch at " + url + " is not reachable (" + network(failure) + ")";
    }
    // E.g. a bulk item the server rejected: the request arrived, the write did not happen.
    return rejected(doing, index, String.valueOf(failure.getMessage())).getMessage();
  }

  private String refusal(String doing, String index, int status, ErrorCause error) {
    String type = error == null || error.type() == null ? "" : error.type();
    String reason = error == null || error.reason() == null ? "" : oneLine(error.reason());
    if (status == 401) {
      return "Elasticsearch at "
          + url
          + " refused the credentials (401): check PODCASTQA_ES_API_KEY, or PODCASTQA_ES_USER"
          + " and PODCASTQA_ES_PASSWORD";
    }
    if (status == 403) {
      return "Elasticsearch at " + url + " denied access to " + index + " (403): " + reason;
    }
    if (status == 404 && type.equals("index_not_found_exception")) {
      return missingIndex(index).getMessage();
    }
    // An 8.x server refuses the 9.x media type; on a HEAD request it says so with no body.
    if (status == 400
        && (type.equals("media_type_header_exception") || (error == null && !compat8))) {
      return "Elasticsearch at "
          + url
          + " refused the 9.x client's headers (400): set PODCASTQA_ES_COMPAT_8=true for an 8.x"
          + " server";
    }
    String detail = type.isEmpty() ? "" : ": " + type + (reason.isEmpty() ? "" : ", " + reason);
    return "Elasticsearch at "
        + url
        + " failed to "
        + doing
        + " "
        + index
        + " ("
        + status
        + detail
        + ")";
  }

  /**
   * The error Elasticsearch sent with {@code answered} (its message ends with the JSON body), or
   * null when it sent none.
   */
  static ErrorCause cause(ResponseException answered) {
    String text = String.valueOf(answered.getMessage());
    int body = text.indexOf('{');
    if (body < 0) {
      return null;
    }
    try {
      JsonNode error = JSON.readTree(text.substring(body)).path("error");
      if (!error.isObject()) {
        return null;
      }
      return ErrorCause.of(
          e -> e.type(error.path("type").asText("")).reason(error.path("reason").asText("")));
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String network(Throwable failure) {
    if (find(failure, ConnectException.class) != null) {
      return "connection refused";
    }
    UnknownHostException unknown = find(failure, UnknownHostException.class);
    if (unknown != null) {
      return "unknown host " + unknown.getMessage();
    }
    if (find(failure, NoRouteToHostException.class) != null) {
      return "no route to host";
    }
    // Socket and connect timeouts are both interrupted I/O.
    if (find(failure, InterruptedIOException.class) != null
        || find(failure, TimeoutException.class) != null) {
      return "timed out";
    }
    SSLException tls = find(failure, SSLException.class);
    if (tls != null) {
      return "TLS failed: " + oneLine(tls.getMessage());
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return oneLine(text).toLowerCase(Locale.ROOT);
  }

  static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
