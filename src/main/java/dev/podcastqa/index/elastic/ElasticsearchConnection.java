package dev.podcastqa.index.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.message.BasicHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP connection pool to the server's nodes and the typed Elasticsearch client over it, with
 * the credentials and, for 8.x servers, the compatibility headers on every request. A request that
 * cannot reach a node (or gets 502, 503 or 504 from it) is retried on the next node, and a node
 * that failed is left out for a while.
 */
final class ElasticsearchConnection implements AutoCloseable {

  /** What an 8.x server accepts from the 9.x client: its own major version's compatible media. */
  static final String COMPAT_8 = "application/vnd.elasticsearch+json; compatible-with=8";

  private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchConnection.class);

  private final ElasticsearchSettings settings;
  private final Rest5Client rest;
  private final ElasticsearchClient client;

  ElasticsearchConnection(ElasticsearchSettings settings) {
    this.settings = settings;
    Rest5ClientBuilder builder =
        Rest5Client.builder(settings.nodes())
            .setDefaultHeaders(credentials(settings).toArray(Header[]::new));
    if (settings.compat8()) {
      builder.setHttpClientConfigCallback(
          http -> http.addRequestInterceptorLast(compatibleWith8()));
    }
    this.rest = builder.build();
    this.client = new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper()));
  }

  ElasticsearchClient client() {
    return client;
  }

  ElasticsearchSettings settings() {
    return settings;
  }

  /** An API key wins over user and password; neither means an open server. */
  private static List<Header> credentials(ElasticsearchSettings settings) {
    List<Header> headers = new ArrayList<>();
    if (!settings.apiKey().isBlank()) {
      headers.add(new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + settings.apiKey()));
    } else if (!settings.user().isBlank()) {
      String pair = settings.user() + ":" + settings.password();
      String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
      headers.add(new BasicHeader(HttpHeaders.AUTHORIZATION, "Basic " + encoded));
    }
    return headers;
  }

  /**
   * Replaces the client's {@code compatible-with=9} media type on the way out, after every other
   * interceptor has run, so no request (typed or low-level, with or without a body) escapes it.
   */
  private static HttpRequestInterceptor compatibleWith8() {
    return (request, entity, context) -> {
      request.setHeader(HttpHeaders.ACCEPT, COMPAT_8);
      if (entity != null || request.containsHeader(HttpHeaders.CONTENT_TYPE)) {
        request.setHeader(HttpHeaders.CONTENT_TYPE, COMPAT_8);
      }
    };
  }

  @Override
  public void close() {
    try {
      rest.close();
    } catch (IOException e) {
      LOG.debug("closing the connection to {} failed", settings.url(), e);
    }
  }
}
