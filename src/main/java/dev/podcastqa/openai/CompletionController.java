package dev.podcastqa.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerCancelledException;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.AnswerStream;
import dev.podcastqa.answer.Conversations;
import dev.podcastqa.answer.Question;
import dev.podcastqa.answer.Turn;
import dev.podcastqa.json.Json;
import dev.podcastqa.json.UnreadableJsonException;
import dev.podcastqa.web.EventStream;
import dev.podcastqa.web.PublicLinks;
import dev.podcastqa.web.Utf8Body;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/chat/completions}: the last user message answered by the answer service, the
 * earlier turns given to it as the conversation, the answer returned whole or streamed.
 */
final class CompletionController {

  private static final Logger LOG = LoggerFactory.getLogger(CompletionController.class);

  private final AnswerService answers;
  private final Conversations conversations;
  private final CompletionText text;
  private final PublicLinks links;
  private final ObjectMapper mapper;
  private final Clock clock;

  CompletionController(
      AnswerService answers,
      Conversations conversations,
      CompletionText text,
      PublicLinks links,
      ObjectMapper mapper,
      Clock clock) {
    this.answers = answers;
    this.conversations = conversations;
    this.text = text;
    this.links = links;
    this.mapper = mapper;
    this.clock = clock;
  }

  void complete(Context ctx) {
    CompletionRequest request = CompletionRequest.parse(json(ctx.bodyAsBytes()));
    Question question = question(request);
    String id = "chatcmpl-" + UUID.randomUUID();
    long created = clock.instant().getEpochSecond();
    if (request.stream()) {
      stream(question, new EventStream(ctx.res(), mapper), id, created);
    } else {
      Answer answer = links.absolute(answers.answer(question));
      ctx.json(
          CompletionBodies.Completion.of(id, created, text.content(answer), answer.citations()));
    }
  }

  /**
   * The question, in a conversation of its own holding the request's earlier turns: chat clients
   * send the whole conversation each time, so the answer service's follow-up memory is filled from
   * it rather than from what this server remembers.
   */
  private Question question(CompletionRequest request) {
    Question question = Question.of(request.question());
    if (request.earlier().isEmpty()) {
      return question;
    }
    String conversationId = "c-" + UUID.randomUUID();
    for (Turn turn : request.earlier()) {
      conversations.remember(conversationId, turn);
    }
    return question.withConversationId(conversationId);
  }

  /**
   * Streams the answer text as it is made, then whatever the final answer adds to what was sent
   * (the sources; the whole answer again if it changed after streaming, as when a model's cited
   * nothing supported), then a last chunk with the citations, then {@code [DONE]}.
   */
  private void stream(Question question, EventStream out, String id, long created) {
    StringBuilder sent = new StringBuilder();
    try {
      Answer answer =
          links.absolute(
              answers.answer(
                  question,
                  AnswerStream.of(
                      piece -> {
                        String role = sent.isEmpty() ? "assistant" : null;
                        sent.append(piece);
                        out.send(
                            CompletionBodies.Chunk.delta(
                                id, created, new CompletionBodies.Delta(role, piece)));
                      },
                      out::keepAlive)));
      String rest = text.after(answer);
      if (!answer.answer().equals(sent.toString())) {
        rest = (sent.isEmpty() ? "" : "\n\n") + answer.answer() + rest;
      }
      if (!rest.isEmpty()) {
        String role = sent.isEmpty() ? "assistant" : null;
        out.send(CompletionBodies.Chunk.delta(id, created, new CompletionBodies.Delta(role, rest)));
      }
      out.send(CompletionBodies.Chunk.last(id, created, answer.citations()));
      out.sendText("[DONE]");
    } catch (AnswerCancelledException e) {
      LOG.info("Stopped a streamed answer: {}", e.getMessage());
    } catch (RuntimeException e) {
      if (!out.started()) {
        throw e; // nothing sent yet: the channel answers with an error body
      }
      LOG.error("A streamed completion failed after streaming began", e);
      try {
        out.send(OpenAiError.forStatus(500));
      } catch (AnswerCancelledException gone) {
        LOG.debug("Could not report the failure: the client has gone");
      }
    }
  }

  /**
   * The body as JSON, after checking it is well-formed UTF-8 as JSON must be, with no field named
   * twice in one object ({@code "model"} twice was answered for the last).
   */
  private JsonNode json(byte[] body) {
    Utf8Body.problem(body)
        .ifPresent(
            problem -> {
              throw OpenAiException.invalid(null, problem);
            });
    try {
      return Json.readStrict(mapper, body);
    } catch (UnreadableJsonException e) {
      throw OpenAiException.invalid(null, e.getMessage());
    }
  }
}
