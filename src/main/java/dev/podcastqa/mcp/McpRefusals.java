package dev.podcastqa.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.web.RefusalLine;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Stands before the SDK's transport at {@code /mcp} so that what a client gets wrong is answered as
 * on the other routes: a JSON-RPC error body (never the SDK's exception with its stack trace, never
 * an empty one) and one log line. Methods other than GET, POST and DELETE are refused (405), a
 * posted message is checked ({@link McpEnvelope}, {@link ServedMethods}) before the SDK reads it,
 * and an error the SDK answers itself (no session, an unknown one, a wrong {@code Accept}) is held
 * back ({@link ErrorCapture}) and answered here.
 */
final class McpRefusals implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger(McpRefusals.class);

  private static final Set<String> METHODS = Set.of("GET", "POST", "DELETE");

  /** Clients send a few hundred bytes; the session keeps what they sent as long as it lives. */
  static final int MAX_INITIALIZE_BYTES = 16 * 1024;

  private static final String SESSION = "Mcp-Session-Id";

  /** Longest sentence of the SDK's passed on to the client and the log, in characters. */
  private static final int MAX_SAID = 200;

  private final ObjectMapper mapper;
  private final SessionRoster sessions;
  private final SessionCloser closer;
  private final ServedMethods served;
  private final SpokenVersions versions;

  McpRefusals(
      ObjectMapper mapper,
      SessionRoster sessions,
      SessionCloser closer,
      ServedMethods served,
      SpokenVersions versions) {
    this.mapper = mapper;
    this.sessions = sessions;
    this.closer = closer;
    this.served = served;
    this.versions = versions;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse out = (HttpServletResponse) response;
    String method = http.getMethod();
    if (!METHODS.contains(method)) {
      out.setHeader("Allow", "GET, POST, DELETE");
      String says = "This address takes GET, POST or DELETE, not " + method + ".";
      refuse(http, out, 405, new JsonRpcError(null, ErrorCodes.INVALID_REQUEST, says));
      return;
    }
    HttpServletRequest in = http;
    McpEnvelope.Checked checked = null;
    if ("POST".equals(method)) {
      byte[] body = http.getInputStream().readAllBytes();
      checked = McpEnvelope.check(body, mapper);
      if (checked.problem() != null) {
        refuse(http, out, 400, checked.problem());
        return;
      }
      if (checked.initialize()) {
        initialize(new ReadBody(http, body), out, chain, body.length);
        return;
      }
      in = new ReadBody(http, body);
    }
    // An initialize names its version in its params instead, and was answered above.
    Optional<String> version = versions.problem(http.getHeader(SpokenVersions.HEADER));
    if (version.isPresent()) {
      refuse(http, out, 400, new JsonRpcError(null, ErrorCodes.INVALID_REQUEST, version.get()));
      return;
    }
    String session = http.getHeader(SESSION);
    // In a session the transport holds (else it answers 400 or 404 first), a request for a method,
    // tool or params the server does not have is answered here, in one line: as a JSON-RPC error
    // in a 200, as the SDK would, since its client takes a 400 for the end of the session.
    if (session != null && sessions.used(session, checked != null && checked.call())) {
      Optional<JsonRpcError> unserved =
          checked == null || checked.response() || checked.notification()
              ? Optional.empty()
              : served.problem(checked);
      if (unserved.isPresent()) {
        refuse(http, out, 200, unserved.get());
        return;
      }
    }
    boolean clientResponse = checked != null && checked.response();
    String mark =
        clientResponse
            ? SdkLinesHandledHere.CLIENT_RESPONSE
            : checked != null && checked.notification() ? SdkLinesHandledHere.NOTIFICATION : null;
    Optional<ErrorCapture.Held> held = pass(in, out, chain, mark);
    if (held.isPresent()) {
      if (held.get().status() == 404 && session != null) {
        sessions.closed(session);
      }
      answerHeld(http, out, held.get(), clientResponse);
    } else if ("DELETE".equals(method) && session != null) {
      sessions.closed(session);
    }
  }

  /**
   * Passes the request on to the transport, holding back an error it answers. With a {@code mark},
   * {@link SdkLinesHandledHere} keeps the SDK's own line about the message out of the log: a
   * response it cannot match is answered and logged here, a notification it ignores needs none.
   */
  private Optional<ErrorCapture.Held> pass(
      HttpServletRequest in, HttpServletResponse out, FilterChain chain, String mark)
      throws IOException, ServletException {
    ErrorCapture capture = new ErrorCapture(out);
    try (MDC.MDCCloseable marked =
        mark == null ? null : MDC.putCloseable(SdkLinesHandledHere.KEY, mark)) {
      chain.doFilter(in, capture);
    }
    return in.isAsyncStarted() ? Optional.empty() : capture.held(mapper);
  }

  /**
   * Opens a session for an initialize of {@code bytes}: each keeps what its client sent as long as
   * it lives, so both its size and how many there are have a bound. When every place is taken, the
   * session least worth keeping ({@link SessionRoster}) is closed to make room, so that a flood of
   * sessions cannot shut a new client out.
   */
  private void initialize(
      HttpServletRequest http, HttpServletResponse out, FilterChain chain, int bytes)
      throws IOException, ServletException {
    if (bytes > MAX_INITIALIZE_BYTES) {
      String says = "An initialize message is at most " + MAX_INITIALIZE_BYTES / 1024 + " KB.";
      refuse(http, out, 400, new JsonRpcError(null, ErrorCodes.INVALID_REQUEST, says));
      return;
    }
    SessionRoster.Admission admission = sessions.admit();
    if (!admission.admitted()) {
      String says =
          "The server is opening as many MCP sessions as it may hold ("
              + sessions.max()
              + "); try again in a moment.";
      out.setHeader("Retry-After", "1");
      refuse(http, out, 503, new JsonRpcError(null, ErrorCodes.INTERNAL_ERROR, says));
      return;
    }
    String opened = null;
    try {
      admission.closing().ifPresent(id -> closer.close(id, http, out, sessions.max()));
      Optional<ErrorCapture.Held> held = pass(http, out, chain, null);
      if (held.isPresent()) {
        answerHeld(http, out, held.get(), false);
      } else {
        opened = out.getHeader(SESSION);
      }
    } finally {
      if (opened != null) {
        sessions.opened(opened);
      } else {
        sessions.abandoned();
      }
    }
  }

  /**
   * Answers an error the SDK's transport held back. A client's response the server cannot match to
   * a request of its own fails there with a 500, though it is the client's mistake: a 400 here.
   */
  private void answerHeld(
      HttpServletRequest http,
      HttpServletResponse out,
      ErrorCapture.Held held,
      boolean clientResponse)
      throws IOException {
    int status = clientResponse && held.status() >= 500 ? 400 : held.status();
    // The SDK's sentence may quote what the client sent ("Session not found: " and the whole id).
    String said = held.said();
    String says =
        said == null
            ? defaultSaying(status)
            : said.length() <= MAX_SAID ? said : said.substring(0, MAX_SAID) + "…";
    int code = status >= 500 ? ErrorCodes.INTERNAL_ERROR : ErrorCodes.INVALID_REQUEST;
    refuse(http, out, status, new JsonRpcError(null, code, says));
  }

  private static String defaultSaying(int status) {
    return status == 404
        ? "No session has this Mcp-Session-Id; send initialize to start a new one."
        : "The request was refused (HTTP " + status + ").";
  }

  /** Sends {@code error} with {@code status}, and logs it in one line as every refusal is. */
  private void refuse(
      HttpServletRequest http, HttpServletResponse out, int status, JsonRpcError error)
      throws IOException {
    String line =
        RefusalLine.of(
            status,
            http.getMethod(),
            http.getRequestURI(),
            http.getRemoteAddr(),
            error.name(),
            error.message());
    if (status >= 500) {
      LOG.warn(line);
    } else {
      LOG.info(line);
    }
    byte[] body = error.bytes(mapper);
    out.setStatus(status);
    out.setContentType("application/json; charset=utf-8");
    out.setHeader("X-Content-Type-Options", "nosniff");
    out.setContentLength(body.length);
    out.getOutputStream().write(body);
  }

  /** The request with its body, read here already, to be read again by the SDK. */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body was read already");
        }

        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] into, int offset, int length) {
          return bytes.read(into, offset, length);
        }
      };
    }

    /** JSON is UTF-8 (RFC 8259), whatever charset the Content-Type names. */
    @Override
    public BufferedReader getReader() {
      return new BufferedReader(
          new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }
  }
}
