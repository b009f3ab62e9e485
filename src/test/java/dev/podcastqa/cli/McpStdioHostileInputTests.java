package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.config.Setting;
import dev.podcastqa.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code podcast-qa mcp} fed hostile lines on its standard input, as a child process: a line that
 * is not JSON, one of a megabyte, a batch, an id that is an object, an unknown method, tool calls
 * with a missing or mistyped argument. Each gets a JSON-RPC error on standard output (every line
 * there stays one JSON-RPC message), standard error gets a line and no stack trace, and the session
 * answers the next request; once the input closes, the process ends.
 */
class McpStdioHostileInputTests {

  private static final Path CORPUS = Path.of("src/test/resources/web/corpus");
  private static final Path INDEX = Path.of("target/test-index/mcp-stdio-hostile");

  private final ObjectMapper mapper = Json.newMapper();
  private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();
  private final List<JsonNode> read = new ArrayList<>();
  private Process child;

  // Without the checks the transport stops reading at the first bad line, and writing the next
  // lines blocks once the pipe is full: the test would hang instead of failing.
  @Test
  @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void eachBadLineGetsAnErrorAndTheSessionGoesOn() throws Exception {
    child = start();
    OutputStream in = child.getOutputStream();
    send(
        in,
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}");
    assertThat(awaitId(1, 180).has("result")).isTrue();
    send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

    send(in, "this is not json");
    send(in, "");
    send(
        in,
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{\"pad\":\""
            + "x".repeat(1 << 20)
            + "\"}}");
    send(in, "[1, 2]");
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"tools/list\"}");
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"made/up\"}");
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\"}");
    send(
        in,
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"ask\","
            + "\"arguments\":{}}}");
    send(
        in,
        "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":"
            + "\"get_transcript\",\"arguments\":{\"episodeId\":\"x\",\"startSeconds\":\"ten\","
            + "\"durationSeconds\":5}}}");
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\"}");

    JsonNode tools = awaitId(7, 30);
    assertThat(tools.path("result").path("tools").size()).as("the session went on").isEqualTo(4);
    for (int id = 3; id <= 6; id++) {
      awaitId(id, 30); // tool calls are answered on threads of their own, in any order
    }
    List<JsonNode> seen = List.copyOf(read);
    List<JsonNode> nullIds =
        seen.stream().filter(m -> m.has("error") && m.path("id").isNull()).toList();
    assertThat(nullIds)
        .extracting(m -> m.path("error").path("code").intValue())
        .as("not JSON, too long, a batch, an object id")
        .containsExactly(-32700, -32600, -32600, -32600);
    assertThat(nullIds.get(1).path("error").path("message").asText()).contains("bytes long");
    assertThat(error(seen, 3).path("code").intValue()).isEqualTo(-32601);
    assertThat(error(seen, 4).path("message").asText()).contains("params.name");
    assertThat(error(seen, 5).path("message").asText()).contains("question");
    assertThat(error(seen, 6).path("message").asText()).contains("startSeconds");
    assertThat(seen).noneMatch(m -> m.path("id").asInt() == 2);

    in.close();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("ends once its input closes").isTrue();
    assertThat(stderr).noneMatch(line -> line.contains("ERROR") || line.startsWith("\tat "));
    assertThat(stderr.stream().filter(line -> line.contains("StdioLines - Refused"))).hasSize(6);
  }

  /** Also after a timeout, when the test's own thread is left behind. */
  @AfterEach
  void stopChild() {
    if (child != null) {
      child.destroyForcibly();
    }
  }

  private static JsonNode error(List<JsonNode> seen, int id) {
    return seen.stream()
        .filter(m -> m.path("id").isInt() && m.path("id").intValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no answer to request " + id + " in " + seen))
        .path("error");
  }

  /** The message with {@code id}, keeping every message read on the way. */
  private JsonNode awaitId(int id, int seconds) throws Exception {
    for (JsonNode message : read) {
      if (message.path("id").isInt() && message.path("id").intValue() == id) {
        return message;
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      String line = stdout.poll(100, TimeUnit.MILLISECONDS);
      if (line == null) {
        continue;
      }
      JsonNode message = mapper.readTree(line); // every line is one JSON message
      assertThat(message.path("jsonrpc").asText()).as(line).isEqualTo("2.0");
      read.add(message);
      if (message.path("id").isInt() && message.path("id").intValue() == id) {
        return message;
      }
    }
    throw new AssertionError("no answer to request " + id + "; read " + read + "; " + stderr);
  }

  private static void send(OutputStream in, String line) throws IOException {
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  private Process start() throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "mcp",
                "--episodes",
                CORPUS.toString(),
                "--index",
                INDEX.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    for (Setting setting : Setting.values()) {
      env.put(setting.env(), setting.defaultValue());
    }
    Process child = builder.start();
    pump(child, true);
    pump(child, false);
    return child;
  }

  private void pump(Process child, boolean out) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(
                      new InputStreamReader(
                          out ? child.getInputStream() : child.getErrorStream(),
                          StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  (out ? stdout : stderr).add(line);
                }
              } catch (IOException e) {
                // the child has gone
              }
            });
    thread.setDaemon(true);
    thread.start();
  }
}
