package dev.podcastqa.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.podcastqa.answer.DeepLinks;
import dev.podcastqa.episode.Episode;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The episodes as MCP resources: the template {@code episode://{id}} reads any episode, and the
 * first {@link #LISTED} episodes of the catalog are also listed one by one, so a client that shows
 * resources has them to pick. Each reads as the JSON of an {@link EpisodeView}.
 */
final class EpisodeResources {

  private static final Logger LOG = LoggerFactory.getLogger(EpisodeResources.class);

  static final String SCHEME = "episode://";

  /**
   * Episodes listed by {@code resources/list}. The SDK lists every registered resource at once and
   * matches a read against each in turn, so a corpus of thousands is left to the template.
   */
  static final int LISTED = 500;

  private static final String JSON = "application/json";
  private static final String DESCRIPTION = "/mcp/episode-resource.json";

  private final McpServices services;

  EpisodeResources(McpServices services) {
    this.services = services;
  }

  static String uri(String episodeId) {
    return SCHEME + episodeId;
  }

  /** The template {@code episode://{id}}, described by {@code mcp/episode-resource.json}. */
  SyncResourceTemplateSpecification template() {
    McpSchema.ResourceTemplate template;
    try (InputStream in = EpisodeResources.class.getResourceAsStream(DESCRIPTION)) {
      if (in == null) {
        throw new IllegalStateException(DESCRIPTION + " is missing from the jar");
      }
      template = services.mapper().readValue(in, McpSchema.ResourceTemplate.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DESCRIPTION, e);
    }
    return new SyncResourceTemplateSpecification(template, (exchange, request) -> read(request));
  }

  List<SyncResourceSpecification> listed() {
    List<SyncResourceSpecification> listed = new ArrayList<>();
    for (Episode episode : services.catalog().episodes()) {
      if (listed.size() == LISTED) {
        break;
      }
      McpSchema.Resource resource =
          McpSchema.Resource.builder(uri(episode.id()), episode.id())
              .title(episode.title())
              .description(episode.podcastName().orElse("Podcast episode"))
              .mimeType(JSON)
              .build();
      listed.add(new SyncResourceSpecification(resource, (exchange, request) -> read(request)));
    }
    return listed;
  }

  private ReadResourceResult read(ReadResourceRequest request) {
    String uri = request.uri();
    String id = uri.startsWith(SCHEME) ? uri.substring(SCHEME.length()) : "";
    Optional<Episode> found = services.catalog().find(id);
    if (found.isEmpty()) {
      // A client's mistake: the SDK answers the error and logs nothing, so this is its one line.
      String says = "No episode has the resource URI " + shorten(uri);
      LOG.info("MCP resources/read refused: {}", says);
      throw McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND).message(says).build();
    }
    Episode episode = found.get();
    EpisodeView view =
        EpisodeView.of(
            episode,
            services.catalog().transcript(id).size(),
            services.links().absolute(DeepLinks.episodePage(id, null)),
            second -> services.links().absolute(DeepLinks.to(episode, second, true)));
    TextResourceContents contents =
        TextResourceContents.builder(uri, json(view)).mimeType(JSON).build();
    return ReadResourceResult.builder(List.of(contents)).build();
  }

  private String json(Object value) {
    try {
      return services.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write an episode as JSON", e);
    }
  }

  private static String shorten(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120) + "…";
  }
}
