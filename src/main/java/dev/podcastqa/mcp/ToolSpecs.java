package dev.podcastqa.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.InvalidQuestionException;
import dev.podcastqa.index.StoreUnavailableException;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tools as the SDK registers them: names, descriptions and input schemas from {@code
 * mcp/tools.json}, each bound to what {@link PodcastTools} does. It is also the one place a tool's
 * failure becomes a JSON-RPC error: bad arguments are "invalid params" naming the argument, an
 * unreachable index or anything unexpected an internal error that says nothing of the inside. A
 * call refused for a reason the agent can act on (filters no episode meets) is a tool error result
 * saying why.
 */
final class ToolSpecs {

  private static final Logger LOG = LoggerFactory.getLogger(ToolSpecs.class);
  private static final String FILE = "/mcp/tools.json";

  private final ObjectMapper mapper;
  private final Map<String, Function<ToolArguments, Object>> handlers;

  ToolSpecs(McpServices services) {
    PodcastTools tools = new PodcastTools(services);
    this.mapper = services.mapper();
    this.handlers =
        Map.of(
            "search_passages", tools::searchPassages,
            "ask", tools::ask,
            "list_episodes", tools::listEpisodes,
            "get_transcript", tools::transcript);
  }

  /** Every tool of {@code mcp/tools.json}; a tool there with no handler stops start-up. */
  List<SyncToolSpecification> all() {
    List<SyncToolSpecification> specs = new ArrayList<>();
    for (JsonNode definition : definitions()) {
      String name = definition.path("name").asText();
      Function<ToolArguments, Object> handler = handlers.get(name);
      if (handler == null) {
        throw new IllegalStateException(FILE + " names a tool with no handler: " + name);
      }
      Map<String, Object> schema =
          mapper.convertValue(definition.get("inputSchema"), new TypeReference<>() {});
      Set<String> known = new LinkedHashSet<>();
      definition.path("inputSchema").path("properties").fieldNames().forEachRemaining(known::add);
      McpSchema.Tool tool =
          McpSchema.Tool.builder(name, schema)
              .title(definition.path("title").asText())
              .description(definition.path("description").asText())
              .build();
      specs.add(
          new SyncToolSpecification(
              tool, (exchange, request) -> call(name, known, handler, request)));
    }
    return specs;
  }

  private CallToolResult call(
      String name,
      Set<String> known,
      Function<ToolArguments, Object> handler,
      CallToolRequest request) {
    Object result;
    try {
      result = handler.apply(ToolArguments.of(name, request.arguments(), known));
    } catch (McpError e) {
      // A client's mistake (arguments the tool cannot take): the SDK answers it and logs nothing.
      LOG.info("MCP tool {} refused: {}", name, e.getMessage());
      throw e;
    } catch (ToolRefusal e) {
      return CallToolResult.builder().addTextContent(e.getMessage()).isError(true).build();
    } catch (InvalidQuestionException e) {
      McpError invalid = ToolArguments.invalid(name, e.getMessage());
      LOG.info("MCP tool {} refused: {}", name, invalid.getMessage());
      throw invalid;
    } catch (StoreUnavailableException e) {
      LOG.warn("MCP tool {} failed: {}", name, e.getMessage());
      throw internal("The index is not available now; please try again soon.");
    } catch (RuntimeException e) {
      LOG.error("MCP tool {} failed", name, e);
      throw internal("Something went wrong on our side; please try again.");
    }
    return CallToolResult.builder()
        .structuredContent(mapper.convertValue(result, new TypeReference<Map<String, Object>>() {}))
        .addTextContent(json(result))
        .isError(false)
        .build();
  }

  private static McpError internal(String message) {
    return McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR).message(message).build();
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write a tool result as JSON", e);
    }
  }

  private JsonNode definitions() {
    try (InputStream in = ToolSpecs.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the jar");
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }
}
