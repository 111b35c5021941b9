package org.unioncat.dedup.candidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.unioncat.dedup.DedupRecord;

/**
 * Makes candidate pairs from blocking keys: every pair of records sharing at least one key, once,
 * lower id first.
 *
 * <p>Algorithm: one pass produces (key, record position) entries; sorting the entries groups each
 * block; each block of n records gives its n(n-1)/2 pairs; pairs are packed into longs, sorted and
 * de-duplicated. A block over {@code cap} records is split by trusted year, a sub-block still over
 * the cap by year and first author key, and what is still over the cap is skipped and reported
 * ({@link CappedBlock}). In fuzzy blocks only pairs with at least one needy side are made.
 *
 * <p>Not thread-safe per call, but holds no state between calls.
 */
public final class CandidateGenerator {
  /** Default largest block compared whole. */
  public static final int DEFAULT_CAP = 200;

  private final BlockingKeys blockingKeys;
  private final int cap;

  public CandidateGenerator(BlockingKeys blockingKeys, int cap) {
    if (cap < 2) {
      throw new IllegalArgumentException("block cap must be at least 2, was " + cap);
    }
    this.blockingKeys = blockingKeys;
    this.cap = cap;
  }

  private record Entry(String block, KeyKind kind, String value, int record, boolean needy) {}

  /** @param records the records, in any order; ids must be unique */
  public Candidates generate(List<DedupRecord> records) {
    DedupRecord[] sorted = records.toArray(new DedupRecord[0]);
    Arrays.sort(sorted, Comparator.comparingLong(DedupRecord::id));
    long[] ids = new long[sorted.length];
    Integer[] years = new Integer[sorted.length];
    String[] authors = new String[sorted.length];
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < sorted.length; i++) {
      DedupRecord r = sorted[i];
      ids[i] = r.id();
      if (i > 0 && ids[i] == ids[i - 1]) {
        throw new IllegalArgumentException("record id " + ids[i] + " appears twice");
      }
      years[i] = r.normalized().dates().trusted();
      authors[i] = BlockingKeys.firstAuthorKey(r);
      for (BlockingKey k : blockingKeys.of(r)) {
        entries.add(new Entry(k.blockId(), k.kind(), k.value(), i, k.needy()));
      }
    }
    entries.sort(Comparator.comparing(Entry::block).thenComparingInt(Entry::record));

    PairBuffer pairs = new PairBuffer();
    List<CappedBlock> capped = new ArrayList<>();
    long blocks = 0;
    long skipped = 0;
    int start = 0;
    while (start < entries.size()) {
      int end = start + 1;
      String block = entries.get(start).block();
      while (end < entries.size() && entries.get(end).block().equals(block)) {
        end++;
      }
      List<Entry> members = dedupeRecords(entries.subList(start, end));
      if (members.size() >= 2) {
        blocks++;
        if (members.size() <= cap) {
          pairAll(members, pairs);
        } else {
          long before = pairs.size();
          splitAndPair(members, years, authors, pairs);
          long made = pairs.size() - before;
          long all = possiblePairs(members);
          Entry first = members.get(0);
          capped.add(new CappedBlock(kindOf(members), first.value(), members.size(), made, all - made));
          skipped += all - made;
        }
      }
      start = end;
    }
    long mentions = pairs.size();
    long[] unique = pairs.sortedUnique();
    return new Candidates(ids, unique, entries.size(), blocks, mentions, capped, skipped);
  }

  /** A record with two keys of the same space and value (e.g. ISBN and 880) counts once. */
  private static List<Entry> dedupeRecords(List<Entry> block) {
    List<Entry> out = new ArrayList<>(block.size());
    for (Entry e : block) {
      Entry last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.record() == e.record()) {
        if (e.needy() && !last.needy()) {
          out.set(out.size() - 1, e);
        }
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static KeyKind kindOf(List<Entry> members) {
    KeyKind kind = members.get(0).kind();
    return kind == KeyKind.ALT_TITLE_YEAR ? KeyKind.TITLE_YEAR : kind;
  }

  private void splitAndPair(List<Entry> members, Integer[] years, String[] authors, PairBuffer pairs) {
    Map<String, List<Entry>> byYear = new TreeMap<>();
    for (Entry e : members) {
      byYear.computeIfAbsent(String.valueOf(years[e.record()]), y -> new ArrayList<>()).add(e);
    }
    for (List<Entry> yearBlock : byYear.values()) {
      if (yearBlock.size() <= cap) {
        pairAll(yearBlock, pairs);
        continue;
      }
      Map<String, List<Entry>> byAuthor = new TreeMap<>();
      for (Entry e : yearBlock) {
        byAuthor.computeIfAbsent(authors[e.record()], a -> new ArrayList<>()).add(e);
      }
      for (List<Entry> authorBlock : byAuthor.values()) {
        if (authorBlock.size() <= cap) {
          pairAll(authorBlock, pairs);
        }
      }
    }
  }

  /** Pairs the block would give uncapped (fuzzy blocks: pairs with at least one needy side). */
  private static long possiblePairs(List<Entry> members) {
    long n = members.size();
    long all = n * (n - 1) / 2;
    if (members.get(0).kind() != KeyKind.FUZZY) {
      return all;
    }
    long plain = members.stream().filter(e -> !e.needy()).count();
    return all - plain * (plain - 1) / 2;
  }

  private static void pairAll(List<Entry> members, PairBuffer pairs) {
    boolean fuzzy = members.get(0).kind() == KeyKind.FUZZY;
    for (int i = 0; i < members.size(); i++) {
      Entry a = members.get(i);
      for (int j = i + 1; j < members.size(); j++) {
        Entry b = members.get(j);
        if (fuzzy && !a.needy() && !b.needy()) {
          continue;
        }
        int lo = Math.min(a.record(), b.record());
        int hi = Math.max(a.record(), b.record());
        pairs.add(((long) lo << 32) | hi);
      }
    }
  }

  /** A growable array of packed pairs. */
  private static final class PairBuffer {
    private long[] data = new long[1024];
    private int size;

    void add(long pair) {
      if (size == data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      data[size++] = pair;
    }

    long size() {
      return size;
    }

    long[] sortedUnique() {
      long[] copy = Arrays.copyOf(data, size);
      Arrays.sort(copy);
      int n = 0;
      for (int i = 0; i < copy.length; i++) {
        if (n == 0 || copy[i] != copy[n - 1]) {
          copy[n++] = copy[i];
        }
      }
      return Arrays.copyOf(copy, n);
    }
  }
}
