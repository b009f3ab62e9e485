package dev.podcastqa.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The embedding model's input limit, applied to a passage and the context embedded with it. Text
 * over the limit is split at sentence, then word boundaries, never cut off.
 */
final class TokenBudget {

  /** Room for the [CLS]/[SEP] tokens and the newline between context and text. */
  private static final int RESERVED = 4;

  /** Compiled once, not on every split. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

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
    return fit(available(context), text).stream().map(Counted::text).toList();
  }

  /**
   * {@code text} as one or more pieces of at most {@code available} tokens (a single word longer
   * than that stays whole), each with its token count, so callers need not count it again.
   */
  List<Counted> fit(int available, String text) {
    int whole = tokens.count(text);
    if (whole <= available) {
      return List.of(new Counted(text, whole));
    }
    List<Counted> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int pieceTokens = 0;
    for (String word : SPACES.split(text)) {
      String candidate = piece.isEmpty() ? word : piece + " " + word;
      int candidateTokens = tokens.count(candidate);
      if (!piece.isEmpty() && candidateTokens > available) {
        pieces.add(new Counted(piece.toString(), pieceTokens));
        piece.setLength(0);
        piece.append(word);
        pieceTokens = tokens.count(word);
      } else {
        piece.setLength(0);
        piece.append(candidate);
        pieceTokens = candidateTokens;
      }
    }
    if (!piece.isEmpty()) {
      pieces.add(new Counted(piece.toString(), pieceTokens));
    }
    return pieces;
  }

  /** A piece of text and the tokens it counts. */
  record Counted(String text, int tokens) {}
}
