package dev.podcastqa.ingest;

import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.ShowNoteClutter;
import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown page's front matter {@code description} (its summary: LINUX Unplugged 650's "We
 * rebuild a small office network around Linux, ...") as the first paragraphs of the page's
 * description, ahead of the body's, each paragraph once; show-note clutter left out as elsewhere. A
 * page's front matter description was read for Markdown transcripts only, so a page lost it.
 */
final class FrontMatterSummary {

  private FrontMatterSummary() {}

  /** {@code page} with the paragraphs of {@code notes} it lacks put before its own. */
  static Draft prepend(Draft page, List<String> notes) {
    List<String> summary = new ArrayList<>();
    for (String paragraph : ShowNoteClutter.remove(notes)) {
      String text = paragraph.strip();
      if (!text.isEmpty() && !page.description().contains(text) && !summary.contains(text)) {
        summary.add(text);
      }
    }
    if (summary.isEmpty()) {
      return page;
    }
    summary.addAll(page.description());
    return new Draft(
        page.sources(),
        page.id(),
        page.title(),
        page.podcast(),
        page.published(),
        page.durationSeconds(),
        page.links(),
        page.chapters(),
        page.references(),
        summary,
        page.transcript(),
        page.guid(),
        page.sameAs(),
        page.number());
  }
}
