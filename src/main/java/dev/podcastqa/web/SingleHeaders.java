package dev.podcastqa.web;

import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a request that sends a header meant to be sent once more than once: with two {@code
 * Content-Type} headers the API read the first and the OpenAI-compatible API and MCP read past
 * both, so {@code application/json} then {@code text/plain} was answered while the reverse was a
 * 415; with two {@code Authorization} or Discord signature headers, which one was checked depended
 * on the reader. Such a request is a 400 {@code duplicate_header} in its channel's JSON shape, and
 * one log line. Jetty itself refuses two {@code Host} or {@code Content-Length} headers.
 */
final class SingleHeaders extends Handler.Wrapper {

  private static final Logger LOG = LoggerFactory.getLogger(SingleHeaders.class);

  /** Headers whose value is one item (RFC 9110), for which two lines cannot both be meant. */
  static final List<String> ONCE =
      List.of(
          HttpHeader.CONTENT_TYPE.asString(),
          HttpHeader.AUTHORIZATION.asString(),
          HttpHeader.ORIGIN.asString(),
          "X-Signature-Ed25519",
          "X-Signature-Timestamp",
          "Mcp-Session-Id",
          "Mcp-Protocol-Version");

  private static final String CODE = "duplicate_header";

  private final EarlyRefusals refusals;

  SingleHeaders(EarlyRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    for (String name : ONCE) {
      int times = request.getHeaders().getValuesList(name).size();
      if (times > 1) {
        refuse(request, response, callback, name, times);
        return true;
      }
    }
    return super.handle(request, response, callback);
  }

  private void refuse(
      Request request, Response response, Callback callback, String name, int times) {
    String path = EarlyRefusals.path(request);
    String detail = "The " + name + " header is sent " + times + " times; send it once.";
    LOG.info(
        RefusalLine.of(
            400, request.getMethod(), path, Request.getRemoteAddr(request), CODE, detail));
    EarlyRefusals.send(response, callback, 400, Map.of(), refusals.of(path, 400, CODE, detail));
  }
}
