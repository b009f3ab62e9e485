package dev.podcastqa.index;

/** Counts the word-piece tokens an embedding model sees for a text. */
@FunctionalInterface
interface TokenCounter {

  int count(String text);
}
