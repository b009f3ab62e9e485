package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.models.Model;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.json.Json;
import dev.podcastqa.openai.OpenAiChannel;
import dev.podcastqa.testing.LogCapture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenAI-compatible API at {@code /v1}, called by the official OpenAI Java client over real
 * HTTP on loopback, with the API key set; bad requests are sent as raw HTTP to check the exact
 * error shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiApiTests {

  private static final String KEY = "test-key-7f3a";

  private final TestServer server = TestServer.startWithAgents(KEY);
  private final OpenAIClient client = client(KEY);
  private final ObjectMapper mapper = Json.newMapper();

  /** The one log line each client mistake here makes, kept off the console. */
  private final LogCapture clientMistakes = LogCapture.silencing(OpenAiChannel.class);

  private final LogCapture jettyRefusals = LogCapture.silencing(JettyErrorHandler.class);

  @AfterAll
  void stop() {
    clientMistakes.close();
    jettyRefusals.close();
    client.close();
    server.close();
  }

  @BeforeEach
  void reset() {
    server.answers().reset();
  }

  @Test
  void modelsListsTheOneModel() {
    List<Model> models = client.models().list().data();

    assertThat(models).extracting(Model::id).containsExactly("podcast-qa");
  }

  @Test
  void completionCarriesTheAnswerMarkersSourceLinksAndCitations() {
    ChatCompletion completion = client.chat().completions().create(ask("What is grokking?"));

    String content = completion.choices().get(0).message().content().orElseThrow();
    assertThat(content).contains("[1]").contains("**Sources**");
    assertThat(content)
        .contains(
            "[Neel Nanda on Mechanistic Interpretability · 00:49:26]("
                + TestServer.PUBLIC_URL
                + "/episodes/"
                + TestCatalog.NEEL
                + "?t=2966"
                + ")");
    List<Map<String, Object>> citations = citations(extra(completion));
    assertThat(citations).isNotEmpty();
    assertThat(citations.get(0))
        .containsEntry("n", 1)
        .containsEntry("episodeId", TestCatalog.NEEL)
        .containsEntry("startSeconds", TestCatalog.GROKKING_SECOND)
        .containsEntry("timestamp", "00:49:26");
    assertThat(completion.model()).isEqualTo("podcast-qa");
  }

  /**
   * An episode read with no podcast name (a bare transcript file: probe36b's "Early Days of
   * Ethereum" Markdown and SRT files, whose folder gives no show) is cited without a dangling
   * separator: the source line ends with its link, not with " —".
   */
  @Test
  void aSourceWithNoPodcastEndsWithItsLink() {
    server.answers().changeNext(OpenAiApiTests::withoutPodcast);

    ChatCompletion completion = client.chat().completions().create(ask("What is grokking?"));

    String content = completion.choices().get(0).message().content().orElseThrow();
    List<String> sources = content.lines().filter(line -> line.startsWith("- [")).toList();
    assertThat(sources).isNotEmpty().allSatisfy(line -> assertThat(line).endsWith(")"));
    assertThat(content).doesNotContain("—");
  }

  @Test
  void aSourceWithItsPodcastNamesItAfterTheLink() {
    ChatCompletion completion = client.chat().completions().create(ask("What is grokking?"));

    String content = completion.choices().get(0).message().content().orElseThrow();
    assertThat(content.lines().filter(line -> line.startsWith("- [")))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).endsWith(") — The Inside View"));
  }

  @Test
  void streamedCompletionSendsTheSameContentInChunksThenTheCitations() {
    String whole =
        client
            .chat()
            .completions()
            .create(ask("What is grokking?"))
            .choices()
            .get(0)
            .message()
            .content()
            .orElseThrow();

    StringBuilder streamed = new StringBuilder();
    List<ChatCompletionChunk> chunks = new ArrayList<>();
    try (StreamResponse<ChatCompletionChunk> stream =
        client.chat().completions().createStreaming(ask("What is grokking?"))) {
      stream.stream().forEach(chunks::add);
    }
    for (ChatCompletionChunk chunk : chunks) {
      chunk.choices().get(0).delta().content().ifPresent(streamed::append);
    }

    assertThat(chunks.size()).isGreaterThan(1);
    assertThat(streamed.toString()).isEqualTo(whole);
    ChatCompletionChunk last = chunks.get(chunks.size() - 1);
    assertThat(last.choices().get(0).finishReason())
        .hasValue(ChatCompletionChunk.Choice.FinishReason.STOP);
    assertThat(citations(extra(last)))
        .anySatisfy(c -> assertThat(c).containsEntry("startSeconds", TestCatalog.GROKKING_SECOND));
  }

  @Test
  void streamEndsWithDone() {
    HttpResponse<String> response =
        post(
            KEY,
            "{\"model\": \"podcast-qa\", \"stream\": true, \"messages\": "
                + "[{\"role\": \"user\", \"content\": \"What is grokking?\"}]}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    assertThat(response.body()).contains("\"object\":\"chat.completion.chunk\"");
    assertThat(response.body()).endsWith("data: [DONE]\n\n");
  }

  @Test
  void followUpTurnIsAnsweredFromTheEarlierTurnsOfTheRequest() {
    String followUp = "When did he say that?";
    ChatCompletion alone = client.chat().completions().create(ask(followUp));
    assertThat(citations(extra(alone))).isEmpty();

    ChatCompletionCreateParams conversation =
        ChatCompletionCreateParams.builder()
            .model("podcast-qa")
            .addSystemMessage("You are a helpful assistant.")
            .addUserMessage("What is grokking?")
            .addAssistantMessage("Grokking is when a network suddenly generalizes [1].")
            .addUserMessage(followUp)
            .build();
    ChatCompletion completion = client.chat().completions().create(conversation);

    assertThat(citations(extra(completion)))
        .anySatisfy(c -> assertThat(c).containsEntry("startSeconds", TestCatalog.GROKKING_SECOND));
    assertThat(server.answers().received())
        .last()
        .satisfies(q -> assertThat(q.text()).isEqualTo(followUp));
  }

  @Test
  void contentGivenAsTextPartsIsTheQuestion() throws IOException {
    HttpResponse<String> response =
        post(
            KEY,
            "{\"model\": \"podcast-qa\", \"messages\": [{\"role\": \"user\", \"content\":"
                + " [{\"type\": \"text\", \"text\": \"What is grokking?\"}]}]}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(server.answers().received())
        .last()
        .satisfies(q -> assertThat(q.text()).isEqualTo("What is grokking?"));
    JsonNode completion = mapper.readTree(response.body());
    assertThat(completion.get("object").textValue()).isEqualTo("chat.completion");
    assertThat(completion.get("citations").get(0).get("episodeId").textValue())
        .isEqualTo(TestCatalog.NEEL);
  }

  /**
   * What chat clients send besides the model and messages (sampling settings, a user, a seed,
   * fields of their own): read past, never refused, since OpenAI's clients send them by spec.
   */
  @Test
  void typicalClientRequestWithSettingsAndFieldsOfItsOwnIsAnswered() {
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model("podcast-qa")
            .addSystemMessage("You are a helpful assistant.")
            .addUserMessage("What is grokking?")
            .temperature(0.2)
            .topP(0.9)
            .maxCompletionTokens(512L)
            .presencePenalty(0.0)
            .frequencyPenalty(0.0)
            .seed(42L)
            .stop("\n\n\n")
            .store(false)
            .putAdditionalBodyProperty("x_client_trace", JsonValue.from("trace-7"))
            .build();

    ChatCompletion completion = client.chat().completions().create(params);

    assertThat(completion.choices().get(0).message().content().orElseThrow()).contains("[1]");
    assertThat(citations(extra(completion))).isNotEmpty();
  }

  /**
   * Read past, these were answered with one choice of Markdown text: a client that asked for two
   * choices, a tool call or JSON failed on the reply, far from the cause.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"n\": 2|n|n must be 1 (or left out): this service makes one choice.",
        "\"n\": 0|n|n must be 1 (or left out): this service makes one choice.",
        "\"n\": \"1\"|n|n must be 1 (or left out): this service makes one choice.",
        "\"n\": 1.5|n|n must be 1 (or left out): this service makes one choice.",
        "\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"f\"}}],"
            + " \"tool_choice\": \"required\"|tool_choice|This service calls no tools:"
            + " tool_choice must be \"none\" or \"auto\" (or left out).",
        "\"tool_choice\": {\"type\": \"function\", \"function\": {\"name\": \"f\"}}"
            + "|tool_choice|This service calls no tools: tool_choice must be \"none\" or"
            + " \"auto\" (or left out).",
        "\"response_format\": {\"type\": \"json_object\"}|response_format|This service"
            + " answers in text: response_format must be {\"type\": \"text\"} (or left out).",
        "\"response_format\": {\"type\": \"json_schema\", \"json_schema\": {\"name\":"
            + " \"a\", \"schema\": {}}}|response_format|This service answers in text:"
            + " response_format must be {\"type\": \"text\"} (or left out)."
      })
  void parameterAskingForAnotherShapeOfReplyIsA400NamingIt(
      String parameter, String param, String message) {
    String body =
        "{\"model\": \"podcast-qa\", "
            + parameter
            + ", \"messages\": [{\"role\": \"user\", \"content\": \"What is grokking?\"}]}";
    try (LogCapture log = LogCapture.silencing(OpenAiChannel.class)) {
      HttpResponse<String> response = post(KEY, body);

      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      JsonNode error = assertError(response, "invalid_request_error", null);
      assertThat(error.get("param").textValue()).isEqualTo(param);
      assertThat(error.get("message").textValue()).isEqualTo(message);
      assertThat(log.lines(Level.INFO)).hasSize(1);
    }
    assertThat(server.answers().received()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"n\": 1",
        "\"n\": null",
        "\"tool_choice\": \"auto\"",
        "\"tool_choice\": \"none\""
      })
  void parametersAskingForOneTextChoiceAreAnswered(String parameter) {
    String body =
        "{\"model\": \"podcast-qa\", "
            + parameter
            + ", \"messages\": [{\"role\": \"user\", \"content\": \"What is grokking?\"}]}";

    assertThat(post(KEY, body).statusCode()).isEqualTo(200);
  }

  @Test
  void fieldsOpenWebUiSendsAreReadPast() throws IOException {
    String body =
        "{\"model\": \"podcast-qa\", \"stream\": false, \"temperature\": 0.7,"
            + " \"max_tokens\": 1024, \"top_p\": 1, \"n\": 1, \"stop\": [\"###\"],"
            + " \"logit_bias\": {}, \"user\": \"u-1\", \"metadata\": {\"chat_id\": \"42\"},"
            + " \"tools\": [], \"response_format\": {\"type\": \"text\"},"
            + " \"stream_options\": {\"include_usage\": true}, \"vendor_field\": 1,"
            + " \"messages\": [{\"role\": \"user\", \"content\": \"What is grokking?\","
            + " \"name\": \"listener\"}]}";

    HttpResponse<String> response = post(KEY, body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(
            mapper
                .readTree(response.body())
                .get("choices")
                .get(0)
                .get("message")
                .get("content")
                .textValue())
        .contains("[1]");
  }

  @Test
  void extraFieldsDoNotExcuseAWrongOneThatIsRead() {
    HttpResponse<String> response =
        post(
            KEY,
            "{\"model\": \"podcast-qa\", \"temperature\": 0.2, \"stream\": \"yes\","
                + " \"messages\": [{\"role\": \"user\", \"content\": \"What is grokking?\"}]}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = assertError(response, "invalid_request_error", null);
    assertThat(error.get("param").textValue()).isEqualTo("stream");
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void wrongKeyIsRefusedWith401() {
    OpenAIClient wrong = client("not-the-key");
    try {
      assertThatThrownBy(() -> wrong.chat().completions().create(ask("What is grokking?")))
          .isInstanceOfSatisfying(
              UnauthorizedException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
    } finally {
      wrong.close();
    }
    HttpResponse<String> missing = post(null, completionBody("What is grokking?"));
    assertThat(missing.statusCode()).isEqualTo(401);
    assertError(missing, "invalid_request_error", "invalid_api_key");
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void webChatApiNeedsNoKey() {
    HttpResponse<String> response =
        server.postJson("/api/chat", "{\"question\": \"What is grokking?\"}");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void unknownModelIsA404NamingIt() {
    assertThatThrownBy(
            () ->
                client
                    .chat()
                    .completions()
                    .create(
                        ChatCompletionCreateParams.builder()
                            .model("gpt-4o")
                            .addUserMessage("What is grokking?")
                            .build()))
        .isInstanceOf(NotFoundException.class);
    HttpResponse<String> response =
        post(
            KEY,
            "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}");
    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode error = assertError(response, "invalid_request_error", "model_not_found");
    assertThat(error.get("param").textValue()).isEqualTo("model");
    assertThat(error.get("message").textValue()).contains("gpt-4o").contains("podcast-qa");
  }

  @Test
  void emptyMessagesAreA400() {
    HttpResponse<String> response = post(KEY, "{\"model\": \"podcast-qa\", \"messages\": []}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = assertError(response, "invalid_request_error", null);
    assertThat(error.get("param").textValue()).isEqualTo("messages");
    assertThat(error.get("message").textValue()).contains("empty");
  }

  @Test
  void messagesWithNoUserMessageAreA400() {
    HttpResponse<String> response =
        post(
            KEY,
            "{\"model\": \"podcast-qa\", \"messages\": [{\"role\": \"system\", \"content\": \"Be"
                + " brief.\"}, {\"role\": \"assistant\", \"content\": \"Hello\"}]}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = assertError(response, "invalid_request_error", null);
    assertThat(error.get("message").textValue()).contains("no user message");
  }

  @Test
  void seventyKilobyteMessageIsRefusedInOpenAisShape() {
    HttpResponse<String> response = post(KEY, completionBody("a".repeat(70 * 1024)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertError(response, "invalid_request_error", "request_too_large");
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void questionOverTheLengthLimitIsA400SayingTheLimit() {
    HttpResponse<String> response = post(KEY, completionBody("a".repeat(3000)));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = assertError(response, "invalid_request_error", null);
    assertThat(error.get("message").textValue()).contains("3000").contains("2000");
  }

  @Test
  void bodyThatIsNotJsonIsA400() {
    HttpResponse<String> response = post(KEY, "{\"model\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(assertError(response, "invalid_request_error", null).get("message").textValue())
        .contains("not valid JSON");
  }

  /** A tree keeps the last of two fields of one name: {@code "model"} twice was answered. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"model\": \"podcast-qa\", \"model\": \"gpt-4\", \"messages\": []}|"
            + "The body names a field twice in one object (line 1, column 32); send each field once.",
        "{\"model\": \"podcast-qa\", \"messages\": [{\"role\": \"user\", \"role\": \"system\","
            + " \"content\": \"hi\"}]}|"
            + "The body names a field twice in one object (line 1, column 61); send each field once.",
        "{\"model\": \"podcast-qa\", \"n\": 1"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "}|The body has a number of more than 1000 digits."
      })
  void bodyNamingAFieldTwiceOrPastAParserLimitIsA400SayingWhich(String body, String message) {
    try (LogCapture log = LogCapture.silencing(OpenAiChannel.class)) {
      HttpResponse<String> response = post(KEY, body);

      assertThat(response.statusCode()).isEqualTo(400);
      JsonNode error = assertError(response, "invalid_request_error", null);
      assertThat(error.get("message").textValue()).isEqualTo(message);
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO OpenAiChannel: 400 for POST /v1/chat/completions from 127.0.0.1:"
                  + " invalid_request_error: "
                  + message);
    }
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void nestingPast64IsA400SayingSo() {
    String body =
        "{\"model\": \"podcast-qa\", \"metadata\": " + "[".repeat(70) + "]".repeat(70) + "}";

    HttpResponse<String> response = post(KEY, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(assertError(response, "invalid_request_error", null).get("message").textValue())
        .isEqualTo("The body nests objects and arrays more than 64 deep.");
  }

  @Test
  void bodyThatIsNotUtf8IsA400AsOnTheApi() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String json = completionBody("What is grokking?");
    byte[] before = json.substring(0, json.indexOf("grokking")).getBytes(StandardCharsets.UTF_8);
    body.write(before);
    body.write(new byte[] {(byte) 0xC0, (byte) 0xAF}); // an overlong "/"
    body.write(json.substring(json.indexOf("grokking")).getBytes(StandardCharsets.UTF_8));

    try (LogCapture log = LogCapture.silencing(OpenAiChannel.class)) {
      HttpResponse<String> response = post(KEY, body.toByteArray());

      assertThat(response.statusCode()).isEqualTo(400);
      JsonNode error = assertError(response, "invalid_request_error", null);
      String detail = "The body is not valid UTF-8 (at byte " + (before.length + 1) + ").";
      assertThat(error.get("message").textValue()).isEqualTo(detail);
      assertThat(error.get("param").isNull()).isTrue();
      assertThat(server.answers().received()).isEmpty();
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO OpenAiChannel: 400 for POST /v1/chat/completions from 127.0.0.1:"
                  + " invalid_request_error: "
                  + detail);
    }
  }

  @Test
  void clientMistakesAreOneLogLineEachWithWhatTheySentEscaped() {
    try (LogCapture log = LogCapture.silencing(OpenAiChannel.class)) {
      post(KEY, "{\"model\": \"gpt\\n4o\u2028\", \"messages\": [{\"role\": \"user\"}]}");
      post("wrong", completionBody("What is grokking?"));

      String from = " for POST /v1/chat/completions from 127.0.0.1: ";
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO OpenAiChannel: 404"
                  + from
                  + "model_not_found: The model `gpt\\u000a4o\\u2028` does not exist;"
                  + " this service serves `podcast-qa`.",
              "INFO OpenAiChannel: 401"
                  + from
                  + "invalid_api_key: Send the API key as Authorization: Bearer <key>.");
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  @Test
  void bodyOverTheLimitJettyRefusesIsOneLogLine() {
    try (LogCapture log = LogCapture.silencing(JettyErrorHandler.class)) {
      HttpResponse<String> response = post(KEY, completionBody("a".repeat(70 * 1024)));

      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO JettyErrorHandler: 413 for POST /v1/chat/completions from 127.0.0.1:"
                  + " body_too_large: Payload Too Large");
    }
  }

  @Test
  void unknownPathUnderV1AnswersInOpenAisShape() {
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/v1/embeddings")))
                .header("Authorization", "Bearer " + KEY)
                .GET()
                .build());

    assertThat(response.statusCode()).isEqualTo(404);
    assertError(response, "invalid_request_error", null);
  }

  @Test
  void wrongMethodIsA405InOpenAisShapeNamingTheOneItTakes() {
    try (LogCapture log = LogCapture.silencing(OpenAiChannel.class)) {
      HttpResponse<String> get = send("GET", "/v1/chat/completions");
      HttpResponse<String> delete = send("DELETE", "/v1/models");
      HttpResponse<String> put = send("PUT", "/v1/embeddings");

      assertThat(get.statusCode()).isEqualTo(405);
      assertThat(get.headers().firstValue("Allow")).hasValue("POST");
      assertThat(assertError(get, "invalid_request_error", "method_not_allowed").get("message"))
          .hasToString("\"This address takes POST, not GET.\"");
      assertThat(delete.statusCode()).isEqualTo(405);
      assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
      assertError(delete, "invalid_request_error", "method_not_allowed");
      assertThat(put.statusCode()).isEqualTo(404);
      assertError(put, "invalid_request_error", null);
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO OpenAiChannel: 405 for GET /v1/chat/completions from 127.0.0.1:"
                  + " method_not_allowed: This address takes POST, not GET.",
              "INFO OpenAiChannel: 405 for DELETE /v1/models from 127.0.0.1:"
                  + " method_not_allowed: This address takes GET, not DELETE.",
              "INFO OpenAiChannel: 404 for PUT /v1/embeddings from 127.0.0.1:"
                  + " invalid_request_error: There is nothing at this address.");
    }
  }

  /**
   * Methods with no route of their own were answered by the web API: a 405 in its shape saying the
   * address took "GET or POST or PUT or PATCH or DELETE", and HEAD an empty 200.
   */
  @ParameterizedTest
  @ValueSource(strings = {"HEAD", "OPTIONS", "TRACE", "PROPFIND", "FOO"})
  void everyOtherMethodIsA405InOpenAisShape(String method) throws IOException {
    try (LogCapture log = LogCapture.silencing(OpenAiChannel.class)) {
      HttpResponse<String> completions = send(method, "/v1/chat/completions");
      HttpResponse<String> elsewhere = send(method, "/v1/embeddings");

      assertThat(completions.statusCode()).isEqualTo(405);
      assertThat(completions.headers().firstValue("Allow")).hasValue("POST");
      assertThat(elsewhere.statusCode()).isEqualTo(404);
      if (!method.equals("HEAD")) {
        assertThat(
                assertError(completions, "invalid_request_error", "method_not_allowed")
                    .get("message")
                    .textValue())
            .isEqualTo("This address takes POST, not " + method + ".");
        assertError(elsewhere, "invalid_request_error", null);
      }
      assertThat(log.lines(Level.INFO)).hasSize(2);
    }
  }

  private HttpResponse<String> send(String method, String path) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Authorization", "Bearer " + KEY)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private OpenAIClient client(String key) {
    return OpenAIOkHttpClient.builder()
        .baseUrl(server.url("/v1"))
        .apiKey(key)
        .maxRetries(0)
        .timeout(Duration.ofSeconds(60))
        .build();
  }

  /** {@code answer} with each citation's podcast name taken away. */
  private static Answer withoutPodcast(Answer answer) {
    List<Citation> citations =
        answer.citations().stream()
            .map(
                c ->
                    new Citation(
                        c.n(),
                        c.episodeId(),
                        c.episodeTitle(),
                        null,
                        c.startSeconds(),
                        c.timestamp(),
                        c.speaker(),
                        c.url(),
                        c.episodeUrl(),
                        c.quote()))
            .toList();
    return new Answer(
        answer.answer(),
        answer.answered(),
        answer.mode(),
        answer.conversationId(),
        citations,
        answer.notice());
  }

  private static ChatCompletionCreateParams ask(String question) {
    return ChatCompletionCreateParams.builder()
        .model("podcast-qa")
        .addUserMessage(question)
        .build();
  }

  private String completionBody(String question) {
    try {
      return mapper.writeValueAsString(
          Map.of(
              "model",
              "podcast-qa",
              "messages",
              List.of(Map.of("role", "user", "content", question))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> post(String key, String body) {
    return post(key, body.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String key, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url("/v1/chat/completions")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return server.send(request.build());
  }

  /** The {@code error} object of an OpenAI-shaped error body, after checking its fields. */
  private JsonNode assertError(HttpResponse<String> response, String type, String code) {
    try {
      JsonNode body = mapper.readTree(response.body());
      assertThat(names(body)).containsExactly("error");
      JsonNode error = body.get("error");
      assertThat(names(error)).containsExactlyInAnyOrder("message", "type", "param", "code");
      assertThat(error.get("message").textValue()).isNotBlank();
      assertThat(error.get("type").textValue()).isEqualTo(type);
      if (code != null) {
        assertThat(error.get("code").textValue()).isEqualTo(code);
      }
      return error;
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The fields OpenAI's schema lacks; the client's accessor for them is marked deprecated. */
  @SuppressWarnings("deprecation")
  private static Map<String, JsonValue> extra(ChatCompletion completion) {
    return completion._additionalProperties();
  }

  @SuppressWarnings("deprecation")
  private static Map<String, JsonValue> extra(ChatCompletionChunk chunk) {
    return chunk._additionalProperties();
  }

  private static List<Map<String, Object>> citations(Map<String, JsonValue> extra) {
    JsonValue value = extra.get("citations");
    assertThat(value).as("citations field").isNotNull();
    return value.convert(new TypeReference<List<Map<String, Object>>>() {});
  }
}
