package dev.podcastqa.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.retrieve.HybridRetriever;
import dev.podcastqa.web.PublicLinks;
import java.util.Objects;

/**
 * What the MCP tools and resources call, built once by the composition root.
 *
 * @param answers answers {@code ask}
 * @param retriever the hybrid search {@code search_passages} runs
 * @param catalog the episodes listed, read and cited
 * @param mapper the project mapper, for every JSON the tools return
 * @param links makes the service's own links absolute, as an agent needs them
 */
public record McpServices(
    AnswerService answers,
    HybridRetriever retriever,
    Catalog catalog,
    ObjectMapper mapper,
    PublicLinks links) {

  public McpServices {
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(retriever, "retriever");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(links, "links");
  }
}
