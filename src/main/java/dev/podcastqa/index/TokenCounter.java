package dev.podcastqa.index;

/** Counts the word-piece tokens an embedding model sees for a text. */
@FunctionalInterface
public interface TokenCounter {

  int count(String text);
}
