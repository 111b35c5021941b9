package org.unioncat.dedup.survivor;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.ingest.marc.MarcFlavour;

/**
 * Picks the record to keep in a cluster. The rule, in order (the first that differs decides):
 *
 * <ol>
 *   <li>a record with holdings beats one without (an empty download is never kept);
 *   <li>higher completeness ({@code normalized.completeness()}, 0-100);
 *   <li>full encoding level (leader/17 blank or '1') beats minimal, brief or unknown;
 *   <li>a record created or changed by an authoritative cataloging source (040 $a $d / 801 $b in
 *       the configured list, e.g. DLC, OCOLC, NLC, CALIS) beats one that was not;
 *   <li>the flavour of the cluster's majority (MARC21 vs CNMARC; no preference on a tie);
 *   <li>the lowest record id (the oldest record).
 * </ol>
 *
 * <p>A reviewer's choice overrides the rule: when a cluster holds a record a reviewer chose to keep
 * ({@code dedup_keep_choice}), that record is kept (the rule orders several chosen ones).
 *
 * <p>Immutable and thread-safe.
 */
public final class SurvivorRule {
  /** Default authoritative sources: Library of Congress, OCLC, NLC China, CALIS, BL, DNB. */
  public static final List<String> DEFAULT_AUTHORITATIVE_SOURCES =
      List.of("DLC", "OCOLC", "NLC", "CALIS", "UKMGB", "DE-101");

  private final Set<String> authoritative;

  public SurvivorRule(List<String> authoritativeSources) {
    this.authoritative = authoritativeSources.stream()
        .map(s -> s.trim().toUpperCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  public static SurvivorRule defaults() {
    return new SurvivorRule(DEFAULT_AUTHORITATIVE_SOURCES);
  }

  /** The record to keep among {@code members} (at least one). */
  public DedupRecord choose(List<DedupRecord> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an empty cluster has no record to keep");
    }
    return members.stream().min(order(members)).orElseThrow();
  }

  /**
   * The record to keep among {@code members}: one of {@code chosen} (records reviewers chose to
   * keep) when the cluster holds any, otherwise the rule's choice.
   */
  public DedupRecord choose(List<DedupRecord> members, Set<Long> chosen) {
    if (!chosen.isEmpty()) {
      List<DedupRecord> preferred = members.stream().filter(r -> chosen.contains(r.id())).toList();
      if (!preferred.isEmpty()) {
        return preferred.stream().min(order(members)).orElseThrow();
      }
    }
    return choose(members);
  }

  /** The rule as a comparator, best record first, for the given cluster. */
  public Comparator<DedupRecord> order(List<DedupRecord> cluster) {
    MarcFlavour majority = majorityFlavour(cluster);
    return Comparator.<DedupRecord>comparingInt(r -> r.hasNoHoldings() ? 1 : 0)
        .thenComparingInt(r -> -r.normalized().completeness())
        .thenComparingInt(r -> fullLevel(r) ? 0 : 1)
        .thenComparingInt(r -> authoritative(r) ? 0 : 1)
        .thenComparingInt(r -> majority != null && r.normalized().flavour() == majority ? 0 : 1)
        .thenComparingLong(DedupRecord::id);
  }

  /** Whether leader/17 says full level. */
  public static boolean fullLevel(DedupRecord r) {
    char level = r.normalized().identifiers().encodingLevel();
    return level == ' ' || level == '1';
  }

  public boolean authoritative(DedupRecord r) {
    return r.normalized().identifiers().catalogingSources().stream()
        .anyMatch(s -> authoritative.contains(s.toUpperCase(Locale.ROOT)));
  }

  /** The most frequent flavour, or null when two flavours are equally frequent. */
  static MarcFlavour majorityFlavour(List<DedupRecord> cluster) {
    Map<MarcFlavour, Integer> counts = new EnumMap<>(MarcFlavour.class);
    for (DedupRecord r : cluster) {
      counts.merge(r.normalized().flavour(), 1, Integer::sum);
    }
    MarcFlavour best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<MarcFlavour, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    return tie ? null : best;
  }
}
