package dev.podcastqa.ingest.page;

/** One line of a saved page: its 1-based line number and its text, surrounding spaces removed. */
record PageLine(int number, String text) {

  PageLine {
    text = text.strip();
  }

  boolean isBlank() {
    return text.isEmpty();
  }
}
