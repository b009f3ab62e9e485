package dev.podcastqa.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts the BERT word pieces of plain ASCII text in Java, exactly as the Hugging Face tokenizer
 * behind LangChain4j's {@code HuggingFaceTokenCountEstimator} does: control characters dropped,
 * lower case, split at white space and at each punctuation mark, then the longest pieces of the
 * vocabulary, left to right, a word with no such split counting as one unknown token. That
 * tokenizer crosses into native code and builds every token's text and offsets, about 70 µs a
 * sentence here; this takes a few. Text that is not plain ASCII, or that names a special token, is
 * not counted here ({@code -1}), so the native tokenizer decides it.
 */
final class WordPieceCounter {

  /** The vocabulary and special tokens of the estimator's tokenizer (same resource, same jar). */
  static final String TOKENIZER = "/bert-tokenizer.json";

  private static final int MAX_WORD_CHARS = 100;
  private static final String CONTINUATION = "##";
  private static final List<String> SPECIAL = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");

  private final Set<String> vocabulary;

  private WordPieceCounter(Set<String> vocabulary) {
    this.vocabulary = Set.copyOf(vocabulary);
  }

  static WordPieceCounter load() {
    try (InputStream in = WordPieceCounter.class.getResourceAsStream(TOKENIZER)) {
      if (in == null) {
        throw new IllegalStateException("no tokenizer " + TOKENIZER + " on the class path");
      }
      return new WordPieceCounter(vocabulary(new JsonFactory().createParser(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TOKENIZER, e);
    }
  }

  /** The keys of {@code model.vocab}. */
  private static Set<String> vocabulary(JsonParser json) throws IOException {
    Set<String> words = new HashSet<>();
    json.nextToken();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      json.nextToken();
      if (!field.equals("model")) {
        json.skipChildren();
        continue;
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String key = json.currentName();
        json.nextToken();
        if (key.equals("vocab")) {
          while (json.nextToken() == JsonToken.FIELD_NAME) {
            words.add(json.currentName());
            json.nextToken();
          }
        } else {
          json.skipChildren();
        }
      }
    }
    if (words.isEmpty()) {
      throw new IllegalStateException(TOKENIZER + " has no vocabulary");
    }
    return words;
  }

  /** Word pieces in {@code text}, or -1 when it is not plain ASCII or names a special token. */
  int count(String text) {
    if (!plain(text)) {
      return -1;
    }
    int tokens = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        tokens += pieces(word);
      } else if (c < 0x20 || c == 0x7F) {
        continue;
      } else if (punctuation(c)) {
        tokens += pieces(word) + 1;
      } else {
        word.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      }
    }
    return tokens + pieces(word);
  }

  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7F) {
        return false;
      }
    }
    if (text.indexOf('[') >= 0) {
      for (String special : SPECIAL) {
        if (text.contains(special)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean punctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }

  /** Pieces of the word collected so far (which it then clears); 0 for no word. */
  private int pieces(StringBuilder word) {
    int length = word.length();
    if (length == 0) {
      return 0;
    }
    String text = word.toString();
    word.setLength(0);
    if (length > MAX_WORD_CHARS) {
      return 1;
    }
    int pieces = 0;
    int start = 0;
    while (start < length) {
      int end = length;
      while (end > start && !vocabulary.contains(piece(text, start, end))) {
        end--;
      }
      if (end == start) {
        return 1;
      }
      pieces++;
      start = end;
    }
    return pieces;
  }

  private static String piece(String word, int start, int end) {
    return start == 0 ? word.substring(0, end) : CONTINUATION + word.substring(start, end);
  }
}
