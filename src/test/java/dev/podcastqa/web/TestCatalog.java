package dev.podcastqa.web;

/**
 * The ids and moments of the web test corpus ({@link TestCorpus}): an interpretability episode with
 * the "Grokking" chapter at 2966 s, an episode whose text is full of HTML and script (to prove the
 * pages show it as text), and a twelve-second episode with a playable audio file.
 */
final class TestCatalog {

  static final String NEEL = "neel-nanda-on-mechanistic-interpretability";
  static final String INJECTION = "prompt-injection-in-the-wild";
  static final String SHORT = "a-short-episode-with-audio";
  static final int GROKKING_SECOND = 2966;

  private TestCatalog() {}
}
