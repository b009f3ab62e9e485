package dev.podcastqa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.Templates;
import dev.podcastqa.config.Config;
import dev.podcastqa.mcp.McpHttpChannel;
import dev.podcastqa.mcp.McpServices;
import dev.podcastqa.openai.OpenAiChannel;
import dev.podcastqa.web.ApiKey;
import dev.podcastqa.web.PublicLinks;
import dev.podcastqa.web.WebChannel;
import java.time.Clock;
import java.util.List;

/**
 * Builds the channels agents and chat clients reach the service by, over an opened pipeline: the
 * OpenAI-compatible API and MCP, both behind the configured API key, with links made absolute with
 * the public URL.
 */
final class AgentChannels {

  private final Config config;
  private final ObjectMapper mapper;
  private final Templates templates;
  private final PublicLinks links;

  AgentChannels(Config config, ObjectMapper mapper, Templates templates) {
    this.config = config;
    this.mapper = mapper;
    this.templates = templates;
    this.links = new PublicLinks(config.baseUrl());
  }

  /** {@code /v1} and {@code /mcp}, answering with {@code answers}. */
  List<WebChannel> web(Pipeline pipeline, AnswerService answers) {
    ApiKey key = ApiKey.of(config.apiKey());
    OpenAiChannel openAi =
        new OpenAiChannel(
            answers,
            pipeline.conversations(),
            OpenAiChannel.requireTemplates(templates),
            links,
            key,
            mapper,
            Clock.systemUTC());
    return List.of(openAi, new McpHttpChannel(mcp(pipeline, answers), key, config.baseUrl()));
  }

  /** What the MCP tools and resources call. */
  McpServices mcp(Pipeline pipeline, AnswerService answers) {
    return new McpServices(answers, pipeline.retriever(), pipeline.catalog(), mapper, links);
  }
}
