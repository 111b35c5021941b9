package org.unioncat.dedup.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.compare.Comparison;
import org.unioncat.dedup.compare.Verdict;

/**
 * Groups records into clusters without transitive chaining across conflicts.
 *
 * <p>Rule, in order:
 *
 * <ol>
 *   <li>Only DUPLICATE comparisons join records, and not those whose cause is finding-only
 *       (3, 5, 7, 10, 11: reported, never merged); they are taken by descending score, ties by
 *       lower first id, then lower second id (so the result does not depend on input order).
 *   <li>Two components are joined only if no pair of records across them is CANNOT_LINK (cross
 *       pairs never compared are compared now, see {@link ComparisonCache}) and no pair across
 *       them was rejected by a reviewer. A DUPLICATE pair refused this way becomes a review
 *       suggestion naming the conflict.
 *   <li>POSSIBLE pairs whose records did not end in one cluster become review suggestions.
 *   <li>Records the caller excludes (no usable title: cause 11) are never joined.
 *   <li>The cluster id is the lowest record id of the cluster.
 * </ol>
 */
public final class Clusterer {

  /** Components of two or more records, and the pairs for a reviewer. */
  public record Linkage(
      List<List<Long>> components,
      Map<Long, Comparison> joinedBy,
      List<ReviewSuggestion> suggestions) {}

  /**
   * @param comparisons the candidate comparisons (any order)
   * @param cache every comparison known so far, for cross-pair checks
   * @param rejected pairs reviewers decided are not duplicates
   * @param excluded records that must not be joined to anything
   */
  public Linkage cluster(
      Collection<Comparison> comparisons,
      ComparisonCache cache,
      Set<IdPair> rejected,
      LongPredicate excluded) {
    List<Comparison> duplicates = new ArrayList<>();
    List<Comparison> possibles = new ArrayList<>();
    for (Comparison c : comparisons) {
      if (excluded.test(c.first()) || excluded.test(c.second())) {
        continue;
      }
      boolean findingOnly = c.cause().map(Cause::findingOnly).orElse(false);
      if (c.verdict() == Verdict.DUPLICATE && !findingOnly) {
        duplicates.add(c);
      } else if (c.verdict() == Verdict.POSSIBLE) {
        possibles.add(c);
      }
    }
    Comparator<Comparison> order = Comparator.comparingDouble(Comparison::score).reversed()
        .thenComparingLong(Comparison::first)
        .thenComparingLong(Comparison::second);
    duplicates.sort(order);
    possibles.sort(order);

    Map<Long, Long> parent = new HashMap<>();
    Map<Long, TreeSet<Long>> members = new HashMap<>();
    Map<Long, Comparison> joinedBy = new HashMap<>();
    List<ReviewSuggestion> suggestions = new ArrayList<>();
    for (Comparison c : duplicates) {
      long ra = find(parent, c.first());
      long rb = find(parent, c.second());
      if (ra == rb) {
        continue;
      }
      Set<Long> a = members.getOrDefault(ra, new TreeSet<>(List.of(c.first())));
      Set<Long> b = members.getOrDefault(rb, new TreeSet<>(List.of(c.second())));
      Optional<ReviewSuggestion> conflict = conflict(c, a, b, cache, rejected);
      if (conflict.isPresent()) {
        suggestions.add(conflict.get());
        continue;
      }
      long root = Math.min(ra, rb);
      long child = Math.max(ra, rb);
      parent.put(child, root);
      parent.put(root, root);
      TreeSet<Long> joined = new TreeSet<>(a);
      joined.addAll(b);
      members.remove(child);
      members.put(root, joined);
      joinedBy.putIfAbsent(c.first(), c);
      joinedBy.putIfAbsent(c.second(), c);
    }
    for (Comparison c : possibles) {
      if (find(parent, c.first()) != find(parent, c.second())
          && !rejected.contains(IdPair.of(c.first(), c.second()))) {
        suggestions.add(new ReviewSuggestion(
            IdPair.of(c.first(), c.second()), c.score(),
            "possible duplicate: not sure enough to merge",
            "可能重复：把握不足，未合并",
            c.explanationEn()));
      }
    }
    List<List<Long>> components = new ArrayList<>();
    for (TreeSet<Long> set : members.values()) {
      components.add(List.copyOf(set));
    }
    components.sort(Comparator.comparingLong(l -> l.get(0)));
    suggestions.sort(Comparator.comparing(ReviewSuggestion::pair));
    return new Linkage(components, joinedBy, suggestions);
  }

  private static Optional<ReviewSuggestion> conflict(
      Comparison c, Set<Long> a, Set<Long> b, ComparisonCache cache, Set<IdPair> rejected) {
    IdPair edge = IdPair.of(c.first(), c.second());
    for (long x : a) {
      for (long y : b) {
        IdPair cross = IdPair.of(x, y);
        if (rejected.contains(cross)) {
          String which = cross.equals(edge) ? "this pair" : "records " + cross.first() + " and " + cross.second();
          String whichZh = cross.equals(edge) ? "本对记录" : "记录 " + cross.first() + " 与 " + cross.second();
          return Optional.of(new ReviewSuggestion(edge, c.score(),
              "not merged: a reviewer decided " + which + " are not duplicates",
              "未合并：审校员已判定" + whichZh + "不重复",
              c.explanationEn()));
        }
        Comparison cc = cache.get(x, y);
        if (cc.verdict() == Verdict.CANNOT_LINK) {
          String cause = cc.cause().map(Clusterer::causeText).orElse("");
          return Optional.of(new ReviewSuggestion(edge, c.score(),
              "not merged: records " + cross.first() + " and " + cross.second()
                  + " cannot be linked" + cause + " (" + cc.explanationEn() + ")",
              "未合并：记录 " + cross.first() + " 与 " + cross.second() + " 不能合并（"
                  + cc.explanationZh() + "）",
              c.explanationEn()));
        }
      }
    }
    return Optional.empty();
  }

  private static String causeText(Cause cause) {
    return " (cause " + cause.number() + ": " + cause.nameEn() + ")";
  }

  private static long find(Map<Long, Long> parent, long id) {
    long root = id;
    Long p;
    while ((p = parent.get(root)) != null && p != root) {
      root = p;
    }
    // path compression
    long cur = id;
    while ((p = parent.get(cur)) != null && p != root) {
      parent.put(cur, root);
      cur = p;
    }
    return root;
  }
}
