package dev.podcastqa.ingest.page;

import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.ShowNoteClutter;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a page's answerable paragraphs as a shape walks it: chrome and show-note clutter lines
 * (sponsor reads, donation appeals, social and credit lines) are skipped, sponsor and link spans
 * cut out, run-on bullets split, and repeated blocks kept once when handed over.
 */
final class Paragraphs {

  private final List<String> collected = new ArrayList<>();

  /** Adds the paragraphs of one line, or of one block of lines joined by line breaks. */
  void add(String text) {
    if (text.isBlank() || SiteChrome.isChromeLine(text) || ShowNoteClutter.isClutter(text)) {
      return;
    }
    RunOnParagraphs.split(text).stream()
        .filter(paragraph -> !ShowNoteClutter.isClutter(paragraph))
        .forEach(collected::add);
  }

  /** Adds the kept paragraphs to {@code draft}, leaving out any that only repeat the title. */
  void addTo(Draft.Builder draft, String title) {
    for (String paragraph : RepeatedBlocks.keepOnce(collected)) {
      if (title == null || !paragraph.strip().equalsIgnoreCase(title.strip())) {
        draft.paragraph(paragraph);
      }
    }
  }
}
