package dev.podcastqa.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTests {

  @Test
  void paragraphsBreakAtBlocksAndLineBreaksAndWhitespaceCollapses() {
    String html =
        "<h2>Topics</h2>\n<p>First   line\nwraps.</p><ol><li>One</li><li>Two</li></ol>"
            + "A<br>B<div>C</div>";

    assertThat(HtmlText.paragraphs(html))
        .containsExactly("Topics", "First line wraps.", "One", "Two", "A", "B", "C");
  }

  @Test
  void tagsAreStrippedReferencesDecodedAndScriptsDropped() {
    String html =
        "<p>Read <a href=\"https://x.example\">the paper</a> &mdash; it&#39;s &quot;good&quot;"
            + "&nbsp;&amp; short.</p><script>alert('x')</script><!-- note --><style>p{}</style>";

    assertThat(HtmlText.paragraphs(html))
        .containsExactly("Read the paper \u2014 it's \"good\" & short.");
  }

  @Test
  void plainTextBreaksAtEachLineAndKeepsLessThanSigns() {
    assertThat(HtmlText.paragraphs("Line one, 3 < 4.\n\n  Line two.  \n"))
        .containsExactly("Line one, 3 < 4.", "Line two.");
  }

  @Test
  void aSavedHtmlPageBecomesTitleThenParagraphs() {
    String html =
        "<!DOCTYPE html><html><head><title>Episode 12: Grokking &amp; more</title>"
            + "<script>track()</script></head><body><p>First paragraph.</p><ul><li>A point</li>"
            + "</ul></body></html>";

    assertThat(HtmlText.isDocument(html)).isTrue();
    assertThat(HtmlText.pageText(html))
        .isEqualTo("Episode 12: Grokking & more\n\nFirst paragraph.\n\nA point");
  }

  @Test
  void textAndFragmentsAreNotDocuments() {
    assertThat(HtmlText.isDocument("Title\n\n<b>bold</b> notes")).isFalse();
  }
}
