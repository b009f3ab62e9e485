package dev.podcastqa.mcp;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.MDC;
import org.slf4j.Marker;

/**
 * Keeps out of the log the lines the MCP SDK writes about a message that {@link McpRefusals} deals
 * with itself, so that one message from a client is at most one line. It is named in {@code
 * logback.xml} and acts only while {@link McpRefusals} marks the thread (under {@link #KEY}) as
 * passing such a message to the transport, and only on the one logger and level concerned:
 *
 * <ul>
 *   <li>a client's response to no request of the server's: the transport's ERROR line, besides the
 *       400 that {@link McpRefusals} answers and logs;
 *   <li>a notification the server has no handler for ({@code notifications/cancelled}, which
 *       clients send as the protocol asks, or one made up): the session's WARN line, with whatever
 *       {@code params} came with it, for a message the protocol lets a server ignore.
 * </ul>
 */
public final class SdkLinesHandledHere extends TurboFilter {

  /** The diagnostic context key set while such a message is passed to the transport. */
  static final String KEY = "mcp.handledHere";

  static final String CLIENT_RESPONSE = "client-response";
  static final String NOTIFICATION = "notification";

  private static final String TRANSPORT =
      "io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider";
  private static final String SESSION = "io.modelcontextprotocol.spec.McpStreamableServerSession";

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    String passing = MDC.get(KEY);
    if (passing == null) {
      return FilterReply.NEUTRAL;
    }
    boolean handled =
        CLIENT_RESPONSE.equals(passing)
            ? level == Level.ERROR && TRANSPORT.equals(logger.getName())
            : NOTIFICATION.equals(passing)
                && level == Level.WARN
                && SESSION.equals(logger.getName());
    return handled ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
