package dev.podcastqa.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The hosts and guests an item's {@code podcast:person} tags name, as one line of its show notes
 * ({@code Hosts: Adam Curry (http://curry.com), Dave Jones. Guest: Brian of London.}), so that a
 * question naming a guest finds the episode and "who was the guest" has a passage that says it. The
 * item's own list replaces the channel's, as the namespace says; people of other groups and roles
 * (editors, cover artists) are left out.
 */
final class EpisodePeople {

  private EpisodePeople() {}

  /** The line naming the item's hosts and guests, or empty when the feed names none. */
  static Optional<String> line(RssChannel channel, RssItem item) {
    List<RssPerson> people = item.people().isEmpty() ? channel.people() : item.people();
    List<String> parts = new ArrayList<>();
    part("Host", "Hosts", people, RssPerson::isHost).ifPresent(parts::add);
    part("Guest", "Guests", people, RssPerson::isGuest).ifPresent(parts::add);
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
  }

  private static Optional<String> part(
      String one, String many, List<RssPerson> people, Predicate<RssPerson> role) {
    List<String> named = new ArrayList<>();
    for (RssPerson person : people) {
      String name =
          person.href() == null ? person.name() : person.name() + " (" + person.href() + ")";
      if (role.test(person) && !named.contains(name)) {
        named.add(name);
      }
    }
    if (named.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of((named.size() == 1 ? one : many) + ": " + String.join(", ", named) + ".");
  }
}
