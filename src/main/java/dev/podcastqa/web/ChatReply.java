package dev.podcastqa.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.podcastqa.answer.Answer;
import java.util.Objects;

/**
 * The body {@code /api/chat} returns (and {@code /api/chat/stream}'s {@code citations} event): the
 * {@link Answer} contract with the {@code answerId} that {@code POST /api/feedback} rates it by.
 */
record ChatReply(@JsonUnwrapped Answer answer, String answerId) {

  ChatReply {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(answerId, "answerId");
  }
}
