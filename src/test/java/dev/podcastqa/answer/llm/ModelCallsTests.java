package dev.podcastqa.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.podcastqa.answer.AnswerCancelledException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The deadline of a streamed call holds even when the streaming client reads the whole reply on the
 * thread that asked for it, as LangChain4j's JDK client does when the response has arrived before
 * it hands the reading on (seen under load: an answer waited for a 7 s trickle).
 */
class ModelCallsTests {

  private static final List<ChatMessage> QUESTION = List.of(UserMessage.from("What is grokking?"));

  @Test
  void streamEndsAtTheDeadlineWhenTheClientReadsOnTheCallersThread() {
    AtomicBoolean cancelled = new AtomicBoolean();
    StreamingChatModel sameThread = onCallersThread(handler -> trickle(handler, cancelled, 20));
    ModelCalls calls = new ModelCalls(clients(sameThread, Duration.ofMillis(600)), Duration.ZERO);
    List<String> pieces = new CopyOnWriteArrayList<>();
    long started = System.nanoTime();

    assertThatThrownBy(() -> calls.stream(QUESTION, pieces::add))
        .isInstanceOf(ModelFailure.class)
        .hasMessageContaining("no whole reply");

    long millis = (System.nanoTime() - started) / 1_000_000;
    // The trickle would take 20 × 200 ms = 4 s; the call gives up at 0.6 s.
    assertThat(millis).isLessThan(3000);
    assertThat(pieces).isNotEmpty().hasSizeLessThan(20);
  }

  @Test
  void streamHandsOnEveryPieceOfAReplyThatEndsInTime() {
    AtomicBoolean cancelled = new AtomicBoolean();
    StreamingChatModel sameThread =
        onCallersThread(
            handler -> {
              trickle(handler, cancelled, 3);
              handler.onCompleteResponse(null);
            });
    ModelCalls calls = new ModelCalls(clients(sameThread, Duration.ofSeconds(10)), Duration.ZERO);
    List<String> pieces = new CopyOnWriteArrayList<>();

    calls.stream(QUESTION, pieces::add);

    assertThat(pieces)
        .filteredOn(piece -> !piece.isEmpty())
        .containsExactly("piece 0 ", "piece 1 ", "piece 2 ");
    assertThat(cancelled).isFalse();
  }

  @Test
  void silentModelGetsEmptyPiecesSoACallerWhoseReaderLeftStopsLongBeforeTheDeadline()
      throws InterruptedException {
    AtomicBoolean cancelled = new AtomicBoolean();
    StreamingChatModel thinking =
        onCallersThread(
            handler -> {
              try {
                Thread.sleep(2000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
              trickle(handler, cancelled, 20);
            });
    ModelCalls calls = new ModelCalls(clients(thinking, Duration.ofSeconds(10)), Duration.ZERO);
    List<String> pieces = new CopyOnWriteArrayList<>();
    long started = System.nanoTime();

    assertThatThrownBy(
            () ->
                calls.stream(
                    QUESTION,
                    piece -> {
                      pieces.add(piece);
                      throw new AnswerCancelledException("the reader left");
                    }))
        .isInstanceOf(AnswerCancelledException.class);

    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(pieces).containsExactly("");
    assertThat(millis).as("one silence, not the 10 s deadline").isLessThan(1800);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!cancelled.get() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(cancelled).as("the generation is cancelled once it has a handle").isTrue();
  }

  /**
   * The HTTP client's request timeout is the call's deadline, so either may fire first; the
   * client's ("TimeoutException: request timed out") reads as the deadline's own, in both kinds of
   * call.
   */
  @Test
  void theClientsOwnTimeoutReadsAsTheDeadline() {
    ChatModel timingOut =
        new ChatModel() {
          @Override
          public dev.langchain4j.model.chat.response.ChatResponse doChat(ChatRequest request) {
            throw new dev.langchain4j.exception.TimeoutException("request timed out");
          }
        };
    StreamingChatModel streamTimingOut =
        onCallersThread(
            handler ->
                handler.onError(
                    new dev.langchain4j.exception.TimeoutException("request timed out")));
    ModelCalls calls =
        new ModelCalls(
            new ModelClients(timingOut, streamTimingOut, Duration.ofSeconds(5)), Duration.ZERO);

    assertThatThrownBy(() -> calls.complete(QUESTION))
        .isInstanceOf(ModelFailure.class)
        .hasMessage("no whole reply from the model within 5000 ms");
    assertThatThrownBy(() -> calls.stream(QUESTION, piece -> {}))
        .isInstanceOf(ModelFailure.class)
        .hasMessage("no whole reply from the model within 5000 ms");
  }

  /** A streaming model that runs {@code reply} on the thread that calls it, to its end. */
  private static StreamingChatModel onCallersThread(Consumer<StreamingChatResponseHandler> reply) {
    return new StreamingChatModel() {
      @Override
      public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        reply.accept(handler);
      }
    };
  }

  /** Sends {@code count} pieces 200 ms apart on the calling thread, stopping once cancelled. */
  private static void trickle(
      StreamingChatResponseHandler handler, AtomicBoolean cancelled, int count) {
    StreamingHandle handle =
        new StreamingHandle() {
          @Override
          public void cancel() {
            cancelled.set(true);
          }

          @Override
          public boolean isCancelled() {
            return cancelled.get();
          }
        };
    for (int i = 0; i < count && !cancelled.get(); i++) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      handler.onPartialResponse(
          new PartialResponse("piece " + i + " "), new PartialResponseContext(handle));
    }
  }

  private static ModelClients clients(StreamingChatModel streaming, Duration timeout) {
    ChatModel unused =
        new ChatModel() {
          @Override
          public dev.langchain4j.model.chat.response.ChatResponse doChat(ChatRequest request) {
            throw new UnsupportedOperationException("only streaming is called here");
          }
        };
    return new ModelClients(unused, streaming, timeout);
  }
}
