package dev.podcastqa.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Show-note clutter as podcasts write it goes; the episode's own sentences that mention sponsors,
 * donations, music or producers stay.
 */
class ShowNoteClutterTests {

  @Test
  void sponsorDonationSocialAndCreditLinesAreClutter() {
    assertThat(
            List.of(
                "This episode is brought to you by Acme Cloud.",
                "Sponsored by Linode: get $100 in credit at linode.com/show",
                "Support the show on Patreon: patreon.com/loopback",
                "DONATE via PayPal or Bitcoin",
                "Become a patron and get the ad-free feed",
                "Use code LOOPBACK for 20% off your first month",
                "Follow us on Twitter and Mastodon",
                "Jane Doe \u2013 Website, GitHub, LinkedIn, Mastodon, X",
                "Produced by Jane Doe. Music by The Band.",
                "Edited by Sam Smith",
                "Audio Editing: Sam Smith",
                "Last Modified 10/08/2021 13:52:18 by Freedom Controller",
                "Join the discussion",
                "Download the mp3"))
        .allSatisfy(line -> assertThat(ShowNoteClutter.isClutter(line)).as(line).isTrue());
  }

  @Test
  void contentThatMentionsSponsorsOrCreditsIsNotClutter() {
    assertThat(
            List.of(
                "We talk about how open-source maintainers find sponsors.",
                "Why donations rarely cover the work of a maintainer.",
                "The music industry was the first to feel streaming.",
                "She produced three albums before she turned to research.",
                "Tip: pin your dependencies before you upgrade.",
                "GitHub Sponsors and its limits",
                "Supporting evidence comes from three labs."))
        .allSatisfy(line -> assertThat(ShowNoteClutter.isClutter(line)).as(line).isFalse());
  }

  @Test
  void theBlockUnderASponsorsHeadingGoesUpToTheNextHeading() {
    assertThat(
            ShowNoteClutter.remove(
                List.of(
                    "Jason explains why the monoculture is breaking.",
                    "Sponsors:",
                    "Tiger Data \u2013 Postgres for time series. Try it free.",
                    "Fly.io \u2013 The home of the app platform.",
                    "Links:",
                    "The article on monocultures")))
        .containsExactly(
            "Jason explains why the monoculture is breaking.",
            "Links:",
            "The article on monocultures");
  }
}
