package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The log lines the service writes (src/main/resources/logback.xml), formatted by the configured
 * appender itself: whatever a library logs as a client sent it stays on one line.
 */
class LogLineTests {

  @Test
  void messageWithLineBreaksStaysOnOneLine() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    @SuppressWarnings("unchecked")
    OutputStreamAppender<ILoggingEvent> stderr =
        (OutputStreamAppender<ILoggingEvent>) root.getAppender("STDERR");
    // An MCP client's name, as the SDK logs it on initialize
    String forged =
        "Implementation[name=sh\n12:00:00.000 ERROR Forged - reset\r\u2028\u2029\u0085x]";
    LoggingEvent event =
        new LoggingEvent(
            Logger.class.getName(),
            context.getLogger("McpAsyncServer"),
            Level.INFO,
            forged,
            null,
            null);

    String line = new String(stderr.getEncoder().encode(event), StandardCharsets.UTF_8);

    assertThat(line).endsWith(System.lineSeparator());
    String body = line.substring(0, line.length() - System.lineSeparator().length());
    assertThat(body)
        .doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085")
        .endsWith(
            "INFO  McpAsyncServer - Implementation[name=sh\\n12:00:00.000 ERROR Forged - reset"
                + "\\n\\n\\n\\nx]");
  }
}
