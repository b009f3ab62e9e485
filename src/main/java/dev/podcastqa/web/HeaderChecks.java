package dev.podcastqa.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses, on every route, a request whose headers say two things at once, each a 400 in its
 * channel's JSON shape and one log line:
 *
 * <ul>
 *   <li>a header meant to be sent once, sent more than once ({@code duplicate_header}): with two
 *       {@code Content-Type} headers the API read the first and the OpenAI-compatible API and MCP
 *       read past both, so {@code application/json} then {@code text/plain} was answered while the
 *       reverse was a 415; with two {@code Authorization} or Discord signature headers, which one
 *       was checked depended on the reader;
 *   <li>a transfer coding other than {@code chunked} ({@code unsupported_transfer_encoding}): Jetty
 *       took {@code Transfer-Encoding: gzip, chunked} and handed on the bytes still gzipped, read
 *       as if plain (a proxy in front that decodes it would see another body than this server).
 * </ul>
 *
 * Jetty itself refuses two {@code Host} or {@code Content-Length} headers, and {@code chunked}
 * anywhere but last.
 */
final class HeaderChecks extends Handler.Wrapper {

  private static final Logger LOG = LoggerFactory.getLogger(HeaderChecks.class);

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

  private static final int SHOWN = 40;

  private final EarlyRefusals refusals;

  HeaderChecks(EarlyRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    for (String name : ONCE) {
      int times = request.getHeaders().getValuesList(name).size();
      if (times > 1) {
        String detail = "The " + name + " header is sent " + times + " times; send it once.";
        refuse(request, response, callback, "duplicate_header", detail);
        return true;
      }
    }
    String codings = otherTransferCodings(request);
    if (!codings.isEmpty()) {
      String detail =
          "Transfer-Encoding "
              + codings
              + " is not supported: send the body with a Content-Length, or chunked alone.";
      refuse(request, response, callback, "unsupported_transfer_encoding", detail);
      return true;
    }
    return super.handle(request, response, callback);
  }

  /** The transfer codings of {@code request} other than {@code chunked}, as sent; "" for none. */
  private static String otherTransferCodings(Request request) {
    List<String> others =
        request.getHeaders().getCSV(HttpHeader.TRANSFER_ENCODING, false).stream()
            .map(String::strip)
            .filter(coding -> !coding.isEmpty() && !coding.equalsIgnoreCase("chunked"))
            .toList();
    String named = String.join(", ", others).toLowerCase(Locale.ROOT);
    return named.length() <= SHOWN ? named : named.substring(0, SHOWN) + "…";
  }

  private void refuse(
      Request request, Response response, Callback callback, String code, String detail) {
    String path = EarlyRefusals.path(request);
    LOG.info(
        RefusalLine.of(
            400, request.getMethod(), path, Request.getRemoteAddr(request), code, detail));
    EarlyRefusals.send(response, callback, 400, Map.of(), refusals.of(path, 400, code, detail));
  }
}
