package dev.podcastqa.answer.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.Objects;

/**
 * LangChain4j's own clients for one model: a blocking one (answers in one reply, follow-up
 * rewriting) and a streaming one. LangChain4j's retries are off ({@code maxRetries(0)}): {@link
 * ModelCalls} retries once itself, so that each failure gets exactly one retry.
 *
 * @param timeout how long a call, its retry included, may take in all (see {@link ModelCalls})
 * @param connections the streaming client's connections, which a streamed call that is given up
 *     closes even before its first token
 */
public record ModelClients(
    ChatModel chat, StreamingChatModel streaming, Duration timeout, StreamConnections connections) {

  public static final String OPENAI_URL = "https://api.openai.com/v1";
  public static final String OLLAMA_URL = "http://localhost:11434";

  public ModelClients {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(streaming, "streaming");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(connections, "connections");
  }

  /** Clients whose streaming one opens its connections itself: giving up a call cancels it. */
  public ModelClients(ChatModel chat, StreamingChatModel streaming, Duration timeout) {
    this(chat, streaming, timeout, new StreamConnections());
  }

  /**
   * Any OpenAI-compatible endpoint: OpenAI, vLLM, llama.cpp server, LM Studio, Ollama's {@code
   * /v1}.
   *
   * @param baseUrl blank for {@link #OPENAI_URL}
   * @param apiKey blank for servers that need none
   */
  public static ModelClients openAi(String baseUrl, String model, String apiKey, Duration timeout) {
    String url = baseUrl.isBlank() ? OPENAI_URL : baseUrl;
    String key = apiKey.isBlank() ? null : apiKey;
    ChatModel chat =
        OpenAiChatModel.builder()
            .baseUrl(url)
            .apiKey(key)
            .modelName(model)
            .timeout(timeout)
            .maxRetries(0)
            .build();
    StreamConnections connections = new StreamConnections();
    StreamingChatModel streaming =
        OpenAiStreamingChatModel.builder()
            .httpClientBuilder(connections.builder())
            .baseUrl(url)
            .apiKey(key)
            .modelName(model)
            .timeout(timeout)
            .build();
    return new ModelClients(chat, streaming, timeout, connections);
  }

  /**
   * Ollama's native API ({@code /api/chat}).
   *
   * @param baseUrl blank for {@link #OLLAMA_URL}
   */
  public static ModelClients ollama(String baseUrl, String model, Duration timeout) {
    String url = baseUrl.isBlank() ? OLLAMA_URL : baseUrl;
    ChatModel chat =
        OllamaChatModel.builder()
            .baseUrl(url)
            .modelName(model)
            .timeout(timeout)
            .maxRetries(0)
            .build();
    StreamConnections connections = new StreamConnections();
    StreamingChatModel streaming =
        OllamaStreamingChatModel.builder()
            .httpClientBuilder(connections.builder())
            .baseUrl(url)
            .modelName(model)
            .timeout(timeout)
            .build();
    return new ModelClients(chat, streaming, timeout, connections);
  }
}
