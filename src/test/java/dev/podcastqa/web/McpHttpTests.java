package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import dev.podcastqa.mcp.McpHttpChannel;
import dev.podcastqa.testing.LogCapture;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The MCP server at {@code /mcp}, driven by the MCP Java SDK's own client over Streamable HTTP on
 * loopback, with the API key set: every tool, an episode resource, and the JSON-RPC errors for an
 * unknown tool and for bad arguments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpHttpTests {

  private static final String KEY = "mcp-key-21c9";
  private static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
          + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
          + "\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";

  private final TestServer server = TestServer.startWithAgents(KEY);
  private final McpSyncClient client = client(KEY);
  private final ObjectMapper mapper = Json.newMapper();

  @AfterAll
  void stop() {
    client.closeGracefully();
    server.close();
  }

  @Test
  void initializeNamesTheServer() {
    McpSchema.InitializeResult result = client.initialize();

    assertThat(result.serverInfo().name()).isEqualTo("podcast-qa");
    assertThat(result.capabilities().tools()).isNotNull();
    assertThat(result.capabilities().resources()).isNotNull();
  }

  @Test
  void listsTheFourToolsEachSayingWhatItReturns() {
    assertThat(client.listTools().tools())
        .extracting(Tool::name)
        .containsExactlyInAnyOrder("search_passages", "ask", "list_episodes", "get_transcript");
    assertThat(client.listTools().tools())
        .allSatisfy(tool -> assertThat(tool.description()).contains("Returns"));
  }

  @Test
  void searchPassagesFindsTheMomentWithItsSpeakerAndDeepLink() {
    JsonNode result =
        call("search_passages", Map.of("query", "grokking", "episodeId", TestCatalog.NEEL));

    JsonNode passages = result.get("passages");
    assertThat(passages.size()).isBetween(1, 5);
    JsonNode moment = null;
    for (JsonNode passage : passages) {
      assertThat(passage.get("episodeId").textValue()).isEqualTo(TestCatalog.NEEL);
      if (passage.path("startSeconds").asInt(-1) == TestCatalog.GROKKING_SECOND) {
        moment = passage;
      }
    }
    assertThat(moment).as("a passage at the grokking second").isNotNull();
    assertThat(moment.get("timestamp").textValue()).isEqualTo("00:49:26");
    assertThat(moment.get("speaker").textValue()).isEqualTo("Neel");
    assertThat(moment.get("podcast").textValue()).isEqualTo("The Inside View");
    assertThat(moment.get("episodeTitle").textValue())
        .isEqualTo("Neel Nanda on Mechanistic Interpretability");
    assertThat(moment.get("url").textValue())
        .isEqualTo(TestServer.PUBLIC_URL + "/episodes/" + TestCatalog.NEEL + "?t=2966");
    assertThat(moment.get("text").textValue()).containsIgnoringCase("grokking");
  }

  @Test
  void searchPassagesHonoursTheLimit() {
    JsonNode result = call("search_passages", Map.of("query", "interpretability", "limit", 2));

    assertThat(result.get("passages").size()).isEqualTo(2);
  }

  @Test
  void searchPassagesWithFiltersNoEpisodeMeetsIsAToolErrorNamingWhy() {
    assertRefused(
        Map.of("query", "grokking", "podcast", "Hard Fork"),
        "No podcast is named \"Hard Fork\". The podcasts are ");
    assertRefused(
        Map.of("query", "grokking", "podcast", "the inside view", "to", "1900-01-01"),
        "No episode matches these filters: podcast \"the inside view\", published up to"
            + " 1900-01-01.");
  }

  @Test
  void askReturnsTheAnswerContractAndKeepsTheConversation() {
    JsonNode first = call("ask", Map.of("question", "What is grokking?"));

    assertThat(first.get("answered").booleanValue()).isTrue();
    assertThat(first.get("answer").textValue()).contains("[1]");
    assertThat(first.get("conversationId").textValue()).startsWith("c-");
    assertThat(first.get("citations").get(0).get("episodeId").textValue())
        .isEqualTo(TestCatalog.NEEL);
    JsonNode followUp =
        call(
            "ask",
            Map.of(
                "question",
                "When did he say that?",
                "conversationId",
                first.get("conversationId").textValue()));
    assertThat(followUp.get("answered").booleanValue()).isTrue();
    assertThat(followUp.get("citations").get(0).get("startSeconds").intValue())
        .isEqualTo(TestCatalog.GROKKING_SECOND);
  }

  @Test
  void listEpisodesListsEveryEpisodeOrOnePodcasts() {
    JsonNode all = call("list_episodes", Map.of());
    JsonNode inside = call("list_episodes", Map.of("podcast", "the inside view"));

    assertThat(all.get("episodes").size()).isEqualTo(3);
    assertThat(inside.get("episodes").size()).isEqualTo(1);
    JsonNode neel = inside.get("episodes").get(0);
    assertThat(neel.get("id").textValue()).isEqualTo(TestCatalog.NEEL);
    assertThat(neel.get("published").textValue()).isEqualTo("2023-06-18");
    assertThat(neel.get("duration").textValue()).isEqualTo("03:12:00");
    assertThat(neel.get("transcript").booleanValue()).isTrue();
    assertThat(neel.get("resource").textValue()).isEqualTo("episode://" + TestCatalog.NEEL);
  }

  @Test
  void getTranscriptReturnsTheSegmentsOfTheWindow() {
    JsonNode window =
        call(
            "get_transcript",
            Map.of("episodeId", TestCatalog.NEEL, "startSeconds", 2960, "durationSeconds", 30));
    JsonNode before =
        call(
            "get_transcript",
            Map.of("episodeId", TestCatalog.NEEL, "startSeconds", 0, "durationSeconds", 60));

    assertThat(window.get("transcript").booleanValue()).isTrue();
    JsonNode segment = window.get("segments").get(0);
    assertThat(segment.get("startSeconds").doubleValue()).isEqualTo(2966.0);
    assertThat(segment.get("timestamp").textValue()).isEqualTo("00:49:26");
    assertThat(segment.get("speaker").textValue()).isEqualTo("Neel");
    assertThat(segment.get("text").textValue()).isEqualTo("So grokking is this wild phenomenon.");
    assertThat(before.get("segments").size()).isZero();
  }

  @Test
  void episodeIsReadableAsAResource() throws IOException {
    McpSchema.ReadResourceResult result =
        client.readResource(ReadResourceRequest.builder("episode://" + TestCatalog.NEEL).build());

    TextResourceContents contents = (TextResourceContents) result.contents().get(0);
    assertThat(contents.mimeType()).isEqualTo("application/json");
    JsonNode episode = mapper.readTree(contents.text());
    assertThat(episode.get("title").textValue())
        .isEqualTo("Neel Nanda on Mechanistic Interpretability");
    assertThat(episode.get("chapters"))
        .anySatisfy(
            c ->
                assertThat(c.get("startSeconds").intValue())
                    .isEqualTo(TestCatalog.GROKKING_SECOND));
    assertThat(client.listResourceTemplates().resourceTemplates())
        .anySatisfy(t -> assertThat(t.uriTemplate()).isEqualTo("episode://{id}"));
    assertThat(client.listResources().resources())
        .anySatisfy(r -> assertThat(r.uri()).isEqualTo("episode://" + TestCatalog.NEEL));
  }

  @Test
  void unknownEpisodeResourceIsAResourceNotFoundError() {
    assertThatThrownBy(
            () -> client.readResource(ReadResourceRequest.builder("episode://no-such").build()))
        .isInstanceOfSatisfying(
            McpError.class,
            e -> {
              assertThat(e.getJsonRpcError().code())
                  .isEqualTo(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND);
              assertThat(e.getJsonRpcError().message()).contains("episode://no-such");
            });
  }

  /** One log line naming the client (there was none), and the session goes on. */
  @Test
  void unknownToolIsAJsonRpcErrorNamingItAndOneLogLine() {
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing("dev.podcastqa.mcp.McpRefusals")) {
      assertThatThrownBy(
              () ->
                  client.callTool(
                      CallToolRequest.builder("summarize_all").arguments(Map.of()).build()))
          .isInstanceOfSatisfying(
              McpError.class,
              e -> {
                assertThat(e.getJsonRpcError().code())
                    .isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
                assertThat(e.getJsonRpcError().message())
                    .isEqualTo(
                        "Unknown tool: summarize_all; the tools are ask, get_transcript,"
                            + " list_episodes, search_passages.");
              });

      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO McpRefusals: 200 for POST /mcp from 127.0.0.1: invalid_params: Unknown tool:"
                  + " summarize_all; the tools are ask, get_transcript, list_episodes,"
                  + " search_passages.");
      // nothing else from the server (the SDK's client, in this process, logs the error it got)
      assertThat(everything.lines(Level.INFO))
          .allSatisfy(line -> assertThat(line).startsWith("INFO McpClientSession: "));
      assertThat(client.listTools().tools()).hasSize(4);
    }
  }

  @Test
  void argumentOfTheWrongTypeIsAnInvalidParamsErrorNamingIt() {
    assertInvalid(
        "search_passages", Map.of("query", "grokking", "limit", "five"), "limit must be a whole");
    assertInvalid("search_passages", Map.of("query", "grokking", "limit", 500), "from 1 to 20");
    assertInvalid(
        "get_transcript", Map.of("episodeId", TestCatalog.NEEL), "startSeconds is required");
    assertInvalid("list_episodes", Map.of("from", "last tuesday"), "from must be a date");
    assertInvalid("list_episodes", Map.of("to", "+999999999-12-31"), "years 0001 to 9999");
    assertInvalid(
        "search_passages",
        Map.of("query", "grokking", "from", "-999999999-01-01"),
        "from must be a date like 2023-01-31 (years 0001 to 9999)");
    assertInvalid("search_passages", Map.of("query", "grokking", "to", "0000-12-31"), "to must");
  }

  @Test
  void missingOrUnknownArgumentIsAnInvalidParamsErrorNamingIt() {
    assertInvalid("search_passages", Map.of(), "query is required");
    assertInvalid("ask", Map.of("question", "hi", "temperature", 0.2), "temperature");
    assertInvalid(
        "get_transcript",
        Map.of("episodeId", "no-such-episode", "startSeconds", 0, "durationSeconds", 10),
        "no-such-episode");
    assertInvalid("ask", Map.of("question", "x".repeat(2500)), "2000");
  }

  @Test
  void requestWithoutTheKeyIsRefusedWith401() {
    try (LogCapture log = LogCapture.silencing(McpHttpChannel.class)) {
      HttpResponse<String> response =
          server.send(
              HttpRequest.newBuilder(URI.create(server.url("/mcp")))
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/json, text/event-stream")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"))
                  .build());

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
      // A client's mistake is one log line, as on the API.
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO McpHttpChannel: 401 for POST /mcp from 127.0.0.1: unauthorized: Send the API"
                  + " key as Authorization: Bearer <key>.");
      McpSyncClient wrong = client("wrong-key");
      try {
        assertThatThrownBy(wrong::initialize).isInstanceOf(RuntimeException.class);
      } finally {
        wrong.close();
      }
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  @Test
  void browserPageFromAnotherOriginIsRefused() {
    try (LogCapture log = LogCapture.silencing("dev.podcastqa.mcp.McpRefusals")) {
      HttpResponse<String> response = sendFromAnotherOrigin();

      assertThat(response.statusCode()).isEqualTo(403);
      // The MCP servlet's refusal is answered as a JSON-RPC error: one line, as on the API.
      assertThat(response.body()).contains("\"code\":-32600").contains("Invalid Origin header");
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO McpRefusals: 403 for POST /mcp from 127.0.0.1: invalid_request:"
                  + " Invalid Origin header");
    }
  }

  private HttpResponse<String> sendFromAnotherOrigin() {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/mcp")))
            .header("Authorization", "Bearer " + KEY)
            .header("Origin", "http://attacker.example")
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE))
            .build());
  }

  @Test
  void pageOfThePublicUrlMayCall() {
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/mcp")))
                .header("Authorization", "Bearer " + KEY)
                .header("Origin", TestServer.PUBLIC_URL)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE))
                .build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"podcast-qa\"");
  }

  /** MCP clients send fields the spec adds over time; the server reads past the ones it lacks. */
  @Test
  void initializeWithFieldsTheServerDoesNotKnowIsAnswered() {
    String initialize =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"x_vendor\":1,\"params\":"
            + "{\"_meta\":{\"progressToken\":7},\"protocolVersion\":\"2025-06-18\","
            + "\"capabilities\":{\"roots\":{\"listChanged\":true},\"sampling\":{},"
            + "\"elicitation\":{},\"experimental\":{\"x\":{}}},\"added_later\":true,"
            + "\"clientInfo\":{\"name\":\"test\",\"title\":\"Test\",\"version\":\"1\","
            + "\"websiteUrl\":\"https://example.com\"}}}";

    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/mcp")))
                .header("Authorization", "Bearer " + KEY)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(initialize))
                .build());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"podcast-qa\"").doesNotContain("\"error\"");
  }

  /** A call of search_passages that ran and was refused: a tool error result saying why. */
  private void assertRefused(Map<String, Object> arguments, String says) {
    CallToolResult result =
        client.callTool(CallToolRequest.builder("search_passages").arguments(arguments).build());
    assertThat(result.isError()).as("%s", arguments).isTrue();
    assertThat(result.content())
        .singleElement()
        .isInstanceOfSatisfying(
            McpSchema.TextContent.class, text -> assertThat(text.text()).startsWith(says));
  }

  private void assertInvalid(String tool, Map<String, Object> arguments, String says) {
    assertThatThrownBy(
            () -> client.callTool(CallToolRequest.builder(tool).arguments(arguments).build()))
        .as("%s %s", tool, arguments)
        .isInstanceOfSatisfying(
            McpError.class,
            e -> {
              assertThat(e.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
              assertThat(e.getJsonRpcError().message()).contains(tool).contains(says);
            });
  }

  /** Calls {@code tool}, checks it succeeded, and returns its structured result as JSON. */
  private JsonNode call(String tool, Map<String, Object> arguments) {
    CallToolResult result =
        client.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
    assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
    JsonNode structured = mapper.valueToTree(result.structuredContent());
    JsonNode text;
    try {
      text = mapper.readTree(((McpSchema.TextContent) result.content().get(0)).text());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(text).isEqualTo(structured);
    return structured;
  }

  private McpSyncClient client(String key) {
    return McpSdkClients.of(server, key, Duration.ofSeconds(60));
  }
}
