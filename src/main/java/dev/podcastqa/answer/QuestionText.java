package dev.podcastqa.answer;

import java.text.Normalizer;

/**
 * What is left of question text once nothing invisible remains: NFKC-normalized, control and format
 * characters and lone surrogates dropped, combining marks with no letter before them dropped, and
 * every run of whitespace one space. A question whose text is then empty was empty all along,
 * however many bytes it had ({@code "\u200b"}, {@code "\ufeff"}, {@code "\u0000"}).
 */
final class QuestionText {

  private QuestionText() {}

  static String normalize(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(text.length());
    boolean afterBase = false;
    boolean afterSpace = true;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (!afterSpace) {
          out.append(' ');
        }
        afterSpace = true;
        afterBase = false;
        continue;
      }
      switch (Character.getType(c)) {
        case Character.CONTROL, Character.FORMAT, Character.SURROGATE -> {
          // invisible, or half of a character: never part of what was asked
        }
        case Character.NON_SPACING_MARK,
            Character.ENCLOSING_MARK,
            Character.COMBINING_SPACING_MARK -> {
          if (afterBase) {
            out.appendCodePoint(c);
          }
        }
        default -> {
          out.appendCodePoint(c);
          afterBase = true;
          afterSpace = false;
        }
      }
    }
    return out.toString().strip();
  }
}
