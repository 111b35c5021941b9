package org.unioncat.dedup.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The labels of a generated catalog: one row per record, and the pairs derived from them.
 *
 * <p>Scoring contract: a predicted link between two records is a true positive when the pair is
 * in {@link #duplicatePairs()}, is ignored when it is in {@link #neutralPairs()}, and is a false
 * merge otherwise (records of different groups are never to be linked: other editions, other
 * volumes, set vs volume, translations, carriers). Findings are scored per record against
 * {@link #findingRecords()}. Immutable.
 */
public final class TruthTable {
  private final List<TruthRow> rows;

  public TruthTable(List<TruthRow> rows) {
    this.rows = List.copyOf(rows);
  }

  /** All rows, one per generated record, in library file order. */
  public List<TruthRow> rows() {
    return rows;
  }

  /** Rows grouped by group id, in first-seen order. */
  public Map<String, List<TruthRow>> groups() {
    Map<String, List<TruthRow>> out = new LinkedHashMap<>();
    for (TruthRow row : rows) {
      out.computeIfAbsent(row.groupId(), g -> new ArrayList<>()).add(row);
    }
    return out;
  }

  /**
   * Every unordered pair of records of one group where neither has role {@link Role#FINDING}: the
   * links a perfect matcher makes.
   */
  public Set<RecordPair> duplicatePairs() {
    Set<RecordPair> out = new TreeSet<>(TruthTable::comparePairs);
    for (List<TruthRow> group : groups().values()) {
      List<TruthRow> linkable = group.stream().filter(r -> r.role() != Role.FINDING).toList();
      addPairs(linkable, linkable, out);
    }
    return out;
  }

  /**
   * Pairs within a group that involve a {@link Role#FINDING} record: linking them is neither
   * credited nor counted as a false merge (the right outcome is a report, not a merge).
   */
  public Set<RecordPair> neutralPairs() {
    Set<RecordPair> out = new TreeSet<>(TruthTable::comparePairs);
    for (List<TruthRow> group : groups().values()) {
      List<TruthRow> findings = group.stream().filter(r -> r.role() == Role.FINDING).toList();
      addPairs(findings, group, out);
    }
    return out;
  }

  /** Records the detector should report as a finding (with the row's cause). */
  public List<TruthRow> findingRecords() {
    return rows.stream().filter(TruthRow::finding).toList();
  }

  /** The table as CSV: {@link TruthRow#CSV_HEADER}, then one line per row, LF line ends. */
  public String toCsv() {
    StringBuilder out = new StringBuilder(TruthRow.CSV_HEADER).append('\n');
    rows.forEach(r -> out.append(r.toCsv()).append('\n'));
    return out.toString();
  }

  private static void addPairs(List<TruthRow> left, List<TruthRow> right, Set<RecordPair> out) {
    for (TruthRow a : left) {
      for (TruthRow b : right) {
        if (!a.key().equals(b.key())) {
          out.add(new RecordPair(a.key(), b.key()));
        }
      }
    }
  }

  private static int comparePairs(RecordPair a, RecordPair b) {
    int first = a.first().compareTo(b.first());
    return first != 0 ? first : a.second().compareTo(b.second());
  }
}
