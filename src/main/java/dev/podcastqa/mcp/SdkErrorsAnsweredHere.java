package dev.podcastqa.mcp;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.MDC;
import org.slf4j.Marker;

/**
 * Keeps out of the log the ERROR line the SDK's transport writes for a client's mistake that {@link
 * McpRefusals} answers and logs itself: a response to a request the server never sent is one
 * mistake, so one line. It is named in {@code logback.xml}; it acts only while {@link McpRefusals}
 * marks the thread (under {@link #KEY}) as passing a client's response to the transport, and only
 * on the transport's own logger, so no other failure is hidden.
 */
public final class SdkErrorsAnsweredHere extends TurboFilter {

  /** The diagnostic context key set while a client's response is passed to the transport. */
  static final String KEY = "mcp.answeredHere";

  private static final String TRANSPORT =
      "io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider";

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == Level.ERROR && TRANSPORT.equals(logger.getName()) && MDC.get(KEY) != null) {
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }
}
