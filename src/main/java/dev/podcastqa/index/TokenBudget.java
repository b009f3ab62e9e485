package dev.podcastqa.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The embedding model's input limit, applied to a passage and the context embedded with it. Text
 * over the limit is split at sentence, then word boundaries, never cut off.
 */
final class TokenBudget {

  /** Room for the [CLS]/[SEP] tokens and the newline between context and text. */
  private static final int RESERVED = 4;

  private final TokenCounter tokens;
  private final int maxTokens;

  TokenBudget(TokenCounter tokens, int maxTokens) {
    if (maxTokens < 32) {
      throw new IllegalArgumentException("token budget too small: " + maxTokens);
    }
    this.tokens = tokens;
    this.maxTokens = maxTokens;
  }

  int count(String text) {
    return tokens.count(text);
  }

  /** Tokens left for text embedded after {@code context}. */
  int available(String context) {
    int left = maxTokens - RESERVED - (context.isEmpty() ? 0 : tokens.count(context));
    return Math.max(left, 16);
  }

  /** {@code text} as one or more pieces that each fit beside {@code context}. */
  List<String> fit(String context, String text) {
    int available = available(context);
    if (tokens.count(text) <= available) {
      return List.of(text);
    }
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (String word : text.split("\\s+")) {
      String candidate = piece.isEmpty() ? word : piece + " " + word;
      if (!piece.isEmpty() && tokens.count(candidate) > available) {
        pieces.add(piece.toString());
        piece.setLength(0);
        piece.append(word);
      } else {
        piece.setLength(0);
        piece.append(candidate);
      }
    }
    if (!piece.isEmpty()) {
      pieces.add(piece.toString());
    }
    return pieces;
  }
}
