package dev.podcastqa.ingest;

import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups drafts that describe the same episode: the same feed guid, the same podcast and normalized
 * title, or a sidecar's {@code sameAs}. Pages that only share a guest stay apart.
 */
final class Merger {

  private Merger() {}

  /** The merged drafts, one per episode, in the order of each episode's first draft. */
  static List<Draft> merge(List<Draft> drafts) {
    List<Draft> fixed = splitJoinedPodcastNames(drafts);
    int[] parent = new int[fixed.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    joinByKey(fixed, parent, d -> d.guid() == null ? null : "guid|" + d.guid());
    joinByKey(
        fixed,
        parent,
        d ->
            d.podcast() == null || d.title() == null
                ? null
                : TitleKey.of(d.podcast()) + "|" + TitleKey.of(d.title()));
    joinSameAs(fixed, parent);
    Map<Integer, List<Draft>> groups = new LinkedHashMap<>();
    for (int i = 0; i < fixed.size(); i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(fixed.get(i));
    }
    return groups.values().stream().map(DraftMerge::merge).toList();
  }

  private static void joinByKey(
      List<Draft> drafts, int[] parent, java.util.function.Function<Draft, String> keyOf) {
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      String key = keyOf.apply(drafts.get(i));
      if (key != null) {
        Integer first = firstWithKey.putIfAbsent(key, i);
        if (first != null) {
          union(parent, first, i);
        }
      }
    }
  }

  /** {@code sameAs} may name another source's file name or location, an id, or a title. */
  private static void joinSameAs(List<Draft> drafts, int[] parent) {
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      for (var source : draft.sources()) {
        names.putIfAbsent(source.location(), i);
        names.putIfAbsent(SourceText.of(source.location(), "").name(), i);
      }
      if (draft.id() != null) {
        names.putIfAbsent(draft.id(), i);
      }
      if (draft.title() != null) {
        names.putIfAbsent(dev.podcastqa.episode.Slug.of(draft.title()), i);
        names.putIfAbsent(TitleKey.of(draft.title()), i);
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      for (String other : drafts.get(i).sameAs()) {
        Integer j = names.get(other);
        if (j == null) {
          j = names.get(TitleKey.of(other));
        }
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
  }

  /**
   * Some pages print title and podcast on one line ("Title Podcast Name"). When another source
   * names that podcast, the line is split so the pages can merge.
   */
  private static List<Draft> splitJoinedPodcastNames(List<Draft> drafts) {
    List<String> podcasts =
        drafts.stream().map(Draft::podcast).filter(java.util.Objects::nonNull).distinct().toList();
    return drafts.stream()
        .map(
            draft -> {
              if (draft.podcast() != null || draft.title() == null) {
                return draft;
              }
              for (String podcast : podcasts) {
                String suffix = " " + podcast;
                if (draft.title().endsWith(suffix) && draft.title().length() > suffix.length()) {
                  String title =
                      draft.title().substring(0, draft.title().length() - suffix.length());
                  return draft.toBuilder().title(title).podcast(podcast).build();
                }
              }
              return draft;
            })
        .toList();
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
