package dev.podcastqa.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.podcastqa.answer.Citation;
import java.util.List;

/**
 * The JSON bodies of {@code /v1}, shaped as OpenAI's: a whole completion, the chunks of a streamed
 * one, and the model list. Completions carry the answer contract's citations beside the choices.
 */
final class CompletionBodies {

  private CompletionBodies() {}

  /** {@code chat.completion}: one choice holding the whole content. */
  record Completion(
      String id,
      String object,
      long created,
      String model,
      List<Choice> choices,
      List<Citation> citations) {

    static Completion of(String id, long created, String content, List<Citation> citations) {
      Message message = new Message("assistant", content, null);
      return new Completion(
          id,
          "chat.completion",
          created,
          CompletionRequest.MODEL,
          List.of(new Choice(0, message, null, "stop")),
          citations);
    }
  }

  /** One choice of a completion. */
  record Choice(
      int index,
      Message message,
      Object logprobs,
      @JsonProperty("finish_reason") String finishReason) {}

  /** The assistant's message; {@code refusal} is always null, as a refusal is an answer here. */
  record Message(String role, String content, String refusal) {}

  /**
   * {@code chat.completion.chunk}: a piece of a streamed completion. The last one has the finish
   * reason and the citations; the others have none.
   */
  record Chunk(
      String id,
      String object,
      long created,
      String model,
      List<ChunkChoice> choices,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<Citation> citations) {

    static Chunk delta(String id, long created, Delta delta) {
      return new Chunk(
          id,
          "chat.completion.chunk",
          created,
          CompletionRequest.MODEL,
          List.of(new ChunkChoice(0, delta, null, null)),
          null);
    }

    static Chunk last(String id, long created, List<Citation> citations) {
      return new Chunk(
          id,
          "chat.completion.chunk",
          created,
          CompletionRequest.MODEL,
          List.of(new ChunkChoice(0, new Delta(null, null), null, "stop")),
          citations);
    }
  }

  /** One choice of a chunk. */
  record ChunkChoice(
      int index,
      Delta delta,
      Object logprobs,
      @JsonProperty("finish_reason") String finishReason) {}

  /** What a chunk adds: the role (first chunk only) and a piece of content. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Delta(String role, String content) {}

  /** {@code GET /v1/models}. */
  record Models(String object, List<Model> data) {

    static Models of(long created) {
      return new Models(
          "list", List.of(new Model(CompletionRequest.MODEL, "model", created, "podcast-qa")));
    }
  }

  /** The one model. */
  record Model(String id, String object, long created, @JsonProperty("owned_by") String ownedBy) {}
}
