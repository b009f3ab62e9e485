package dev.podcastqa.mcp;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes an MCP session in the SDK's transport as its client's DELETE would (the transport offers
 * no other way), to make room for a new one when every place is taken; says so in the log at most
 * once a minute, with how many were closed since, so that a flood is one line a minute.
 */
final class SessionCloser {

  private static final Logger LOG = LoggerFactory.getLogger(SessionCloser.class);

  private static final Duration LOG_EVERY = Duration.ofMinutes(1);

  private final Servlet transport;
  private final Clock clock;
  private Instant nextLine = Instant.MIN;
  private int closedSinceLine;

  SessionCloser(Servlet transport, Clock clock) {
    this.transport = transport;
    this.clock = clock;
  }

  /**
   * Closes session {@code id} of the transport, for an initialize in {@code request} from a client
   * at its address; the initialize's request lends only its address and path, none of its headers,
   * and its response nothing at all: the transport's answer to the DELETE is dropped.
   */
  void close(String id, HttpServletRequest request, HttpServletResponse response, int max) {
    Discard discard = new Discard(response);
    try {
      transport.service(new Delete(request, id), discard);
    } catch (ServletException | IOException | RuntimeException e) {
      LOG.warn("Could not close MCP session {} to make room: {}", id, e.toString());
      return;
    }
    logClosed(request.getRemoteAddr(), max, discard.status);
  }

  private synchronized void logClosed(String from, int max, int status) {
    closedSinceLine++;
    Instant now = clock.instant();
    if (now.isBefore(nextLine)) {
      return;
    }
    LOG.warn(
        "MCP sessions full ({}): closed the one least worth keeping to make room for one from {}"
            + " ({} closed so since the last such line, logged at most once a minute; status {})",
        max,
        from,
        closedSinceLine,
        status);
    closedSinceLine = 0;
    nextLine = now.plus(LOG_EVERY);
  }

  /** A DELETE of one session, with no header but its id. */
  private static final class Delete extends HttpServletRequestWrapper {

    private static final String SESSION = "Mcp-Session-Id";

    private final String id;

    Delete(HttpServletRequest request, String id) {
      super(request);
      this.id = id;
    }

    @Override
    public String getMethod() {
      return "DELETE";
    }

    @Override
    public String getHeader(String name) {
      return SESSION.equalsIgnoreCase(name) ? id : null;
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return SESSION.equalsIgnoreCase(name)
          ? Collections.enumeration(List.of(id))
          : Collections.emptyEnumeration();
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(List.of(SESSION));
    }

    @Override
    public long getContentLengthLong() {
      return -1;
    }

    @Override
    public int getContentLength() {
      return -1;
    }
  }

  /**
   * Takes the transport's answer to the DELETE, keeping only its status: every method that would
   * change the initialize's own response does nothing.
   */
  private static final class Discard extends HttpServletResponseWrapper {

    private int status = 200;

    Discard(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
    }

    @Override
    public void sendError(int sc) {
      status = sc;
    }

    @Override
    public void sendError(int sc, String msg) {
      status = sc;
    }

    @Override
    public void sendRedirect(String location) {}

    @Override
    public void setHeader(String name, String value) {}

    @Override
    public void addHeader(String name, String value) {}

    @Override
    public void setIntHeader(String name, int value) {}

    @Override
    public void addIntHeader(String name, int value) {}

    @Override
    public void setDateHeader(String name, long date) {}

    @Override
    public void addDateHeader(String name, long date) {}

    @Override
    public void setContentType(String type) {}

    @Override
    public void setCharacterEncoding(String charset) {}

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void setBufferSize(int size) {}

    @Override
    public void setLocale(Locale locale) {}

    @Override
    public void flushBuffer() {}

    @Override
    public void reset() {}

    @Override
    public void resetBuffer() {}

    @Override
    public PrintWriter getWriter() {
      return new PrintWriter(Writer.nullWriter());
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return new ServletOutputStream() {
        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("a dropped answer is written at once");
        }

        @Override
        public void write(int b) {}
      };
    }
  }
}
