package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.config.Setting;
import dev.podcastqa.json.Json;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code podcast-qa mcp} as a desktop client runs it: a child JVM started with the test classpath,
 * driven over its standard input and output by the MCP Java SDK's stdio client. Every setting the
 * child could inherit from the developer's environment is pinned to its default.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpStdioTests {

  private static final Path CORPUS = Path.of("src/test/resources/web/corpus");
  private static final Path INDEX = Path.of("target/test-index/mcp-stdio");
  private static final String NEEL = "neel-nanda-on-mechanistic-interpretability";

  private final List<String> stderr = new CopyOnWriteArrayList<>();
  private final ObjectMapper mapper = Json.newMapper();
  private final McpSyncClient client = start();

  @AfterAll
  void stop() {
    client.closeGracefully();
  }

  @Test
  void sessionInitializesListsToolsCallsEachAndReadsAnEpisode() throws IOException {
    McpSchema.InitializeResult init = client.initialize();
    assertThat(init.serverInfo().name()).isEqualTo("podcast-qa");
    assertThat(client.listTools().tools())
        .extracting(Tool::name)
        .containsExactlyInAnyOrder("search_passages", "ask", "list_episodes", "get_transcript");

    JsonNode search = call("search_passages", Map.of("query", "grokking", "limit", 3));
    assertThat(search.get("passages").get(0).get("episodeId").textValue()).isEqualTo(NEEL);
    JsonNode answer = call("ask", Map.of("question", "What is grokking?"));
    assertThat(answer.get("answered").booleanValue()).isTrue();
    assertThat(answer.get("citations").get(0).get("timestamp").textValue()).isEqualTo("00:49:26");
    JsonNode episodes = call("list_episodes", Map.of());
    assertThat(episodes.get("episodes").size()).isEqualTo(3);
    JsonNode window =
        call(
            "get_transcript",
            Map.of("episodeId", NEEL, "startSeconds", 2966, "durationSeconds", 5));
    assertThat(window.get("segments").get(0).get("speaker").textValue()).isEqualTo("Neel");

    McpSchema.ReadResourceResult resource =
        client.readResource(ReadResourceRequest.builder("episode://" + NEEL).build());
    JsonNode episode = mapper.readTree(((TextResourceContents) resource.contents().get(0)).text());
    assertThat(episode.get("id").textValue()).isEqualTo(NEEL);
  }

  @Test
  void unknownToolAndBadArgumentsAreJsonRpcErrorsAndLogNothing() {
    int linesBefore = stderr.size();

    assertThatThrownBy(() -> client.callTool(CallToolRequest.builder("nope").build()))
        .isInstanceOfSatisfying(
            McpError.class,
            e -> {
              assertThat(e.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
              assertThat(e.getJsonRpcError().message()).contains("Unknown tool: nope");
            });
    assertThatThrownBy(
            () ->
                client.callTool(
                    CallToolRequest.builder("get_transcript")
                        .arguments(Map.of("episodeId", NEEL, "startSeconds", -5))
                        .build()))
        .isInstanceOfSatisfying(
            McpError.class,
            e -> {
              assertThat(e.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
              assertThat(e.getJsonRpcError().message()).contains("startSeconds");
            });

    assertThat(stderr.subList(linesBefore, stderr.size()))
        .noneMatch(line -> line.contains("ERROR") || line.strip().startsWith("at "));
  }

  private JsonNode call(String tool, Map<String, Object> arguments) {
    CallToolResult result =
        client.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
    assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
    return mapper.valueToTree(result.structuredContent());
  }

  private McpSyncClient start() {
    ServerParameters.Builder command =
        ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java").toString())
            .args(
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "mcp",
                "--episodes",
                CORPUS.toString(),
                "--index",
                INDEX.toString());
    for (Setting setting : Setting.values()) {
      command.addEnvVar(setting.env(), setting.defaultValue());
    }
    StdioClientTransport transport =
        new StdioClientTransport(command.build(), new JacksonMcpJsonMapper(new ObjectMapper()));
    transport.setStdErrorHandler(stderr::add);
    // The child reads the corpus and opens the index before it answers; allow for a slow machine.
    return McpClient.sync(transport)
        .initializationTimeout(Duration.ofSeconds(180))
        .requestTimeout(Duration.ofSeconds(180))
        .build();
  }
}
