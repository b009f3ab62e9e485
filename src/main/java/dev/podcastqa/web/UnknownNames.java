package dev.podcastqa.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Refuses the names a route does not take (body fields, query parameters), naming each and the
 * nearest name the route does take: a misspelt name would otherwise be ignored, and the request
 * answered as if it had not been sent.
 */
final class UnknownNames {

  /** Unknown names quoted in one refusal; more are counted. */
  private static final int NAMED = 5;

  /** Longest name quoted back to a client. */
  private static final int QUOTED = 40;

  /** Body fields: {@code Unknown field "x" ... This address takes a, b.} */
  static final UnknownNames FIELDS = new UnknownNames("unknown_field", "field", "fields", n -> n);

  /** Query parameters: {@code Unknown query parameter "x" ... This address takes ?a, ?b.} */
  static final UnknownNames QUERY_PARAMETERS =
      new UnknownNames(
          "unknown_query_parameter", "query parameter", "query parameters", n -> "?" + n);

  private final String code;
  private final String noun;
  private final String nouns;
  private final Function<String, String> listed;

  private UnknownNames(String code, String noun, String nouns, Function<String, String> listed) {
    this.code = code;
    this.noun = noun;
    this.nouns = nouns;
    this.listed = listed;
  }

  /** Throws a 400 naming those of {@code sent} that {@code known} does not list, if any. */
  void requireKnown(Collection<String> sent, List<String> known) {
    List<String> unknown = sent.stream().filter(name -> !known.contains(name)).toList();
    if (unknown.isEmpty()) {
      return;
    }
    List<String> named = new ArrayList<>();
    for (String name : unknown.subList(0, Math.min(NAMED, unknown.size()))) {
      String guess = nearest(name, known).map(n -> " (did you mean " + quote(n) + "?)").orElse("");
      named.add(quote(name) + guess);
    }
    StringBuilder detail =
        new StringBuilder("Unknown ")
            .append(unknown.size() == 1 ? noun : nouns)
            .append(' ')
            .append(String.join(", ", named));
    if (unknown.size() > NAMED) {
      detail.append(" and ").append(unknown.size() - NAMED).append(" more");
    }
    detail
        .append(". This address takes ")
        .append(
            known.isEmpty()
                ? "no " + nouns
                : String.join(", ", known.stream().map(listed).toList()))
        .append('.');
    throw new RequestRejectedException(400, code, detail.toString(), shown(unknown.get(0)));
  }

  /**
   * The known name {@code name} is most likely a misspelling of, if one is near enough: ignoring
   * case, within one edit and one more for every four letters of the known name ({@code
   * "questoin"}, {@code "podcst"}, {@code "episode_id"}, {@code "form"}), never for a name that
   * merely shares a letter ({@code "q"} is not {@code "to"}).
   */
  static Optional<String> nearest(String name, List<String> known) {
    if (name.length() > QUOTED) {
      return Optional.empty(); // further from every known name than any guess may be
    }
    String asked = name.toLowerCase(Locale.ROOT);
    return known.stream()
        .min(Comparator.comparingInt(k -> distance(k, asked)))
        .filter(k -> distance(k, asked) <= 1 + k.length() / 4);
  }

  private static int distance(String known, String asked) {
    return LevenshteinDistance.getDefaultInstance().apply(known.toLowerCase(Locale.ROOT), asked);
  }

  private static String quote(String name) {
    return "\"" + shown(name) + "\"";
  }

  /** A name as it is shown back to a client: a long one cut short. */
  static String shown(String name) {
    if (name.length() <= QUOTED) {
      return name;
    }
    int end = Character.isHighSurrogate(name.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
    return name.substring(0, end) + "…";
  }
}
