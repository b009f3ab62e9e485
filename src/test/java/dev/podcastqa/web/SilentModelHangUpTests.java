package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.answer.llm.LlmAnswerer;
import dev.podcastqa.config.Setting;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.SilentModelServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model that has not even sent its headers (still loading, or queueing the request) when the
 * reader of a streamed answer hangs up: the request to it is cancelled and its connection closed
 * within a second or so, not left open until the model's timeout (30 s by default, 20 s here).
 */
class SilentModelHangUpTests {

  private static final String GROKKING = "{\"question\": \"What is grokking?\"}";

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void hangingUpBeforeTheModelAnswersClosesItsConnection(String provider) throws Exception {
    try (SilentModelServer model = new SilentModelServer();
        TestServer server =
            TestServer.startWith(
                Map.of(
                    Setting.LLM,
                    provider,
                    Setting.LLM_BASE_URL,
                    provider.equals("openai") ? model.openAiUrl() : model.root(),
                    Setting.LLM_MODEL,
                    "fake-model",
                    Setting.LLM_TIMEOUT_SECONDS,
                    "20"));
        LogCapture answers = LogCapture.silencing(LlmAnswerer.class);
        LogCapture streams = LogCapture.silencing(ChatStreamController.class)) {
      long hungUp;
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
        send(socket, GROKKING);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (model.requests() == 0 && System.nanoTime() < deadline) {
          TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(model.requests()).as("the model has the request").isEqualTo(1);
        TimeUnit.MILLISECONDS.sleep(1000);
        InputStream in = socket.getInputStream();
        assertThat(new String(in.readNBytes(in.available()), StandardCharsets.UTF_8))
            .as("the stream had begun")
            .contains(": keep-alive");
      }
      hungUp = System.nanoTime();

      assertThat(model.awaitClientGone(Duration.ofSeconds(3)))
          .as("the model's connection closed soon after the hang-up")
          .isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - hungUp)).isLessThan(Duration.ofSeconds(3));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (server.answers().inFlight() > 0 && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(20);
      }
      assertThat(server.answers().inFlight()).as("the answer thread returned").isZero();
      assertThat(streams.lines(ch.qos.logback.classic.Level.INFO))
          .singleElement()
          .asString()
          .startsWith("INFO ChatStreamController: Stopped a streamed answer: the client left (");
      assertThat(answers.withStackTraces()).isEmpty();
    }
  }

  private static void send(Socket socket, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /api/chat/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Accept: text/event-stream\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    OutputStream out = socket.getOutputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }
}
