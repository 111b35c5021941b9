package org.unioncat.dedup.candidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs of one block, made as {@link CandidateGenerator} makes them (same cap, same split by
 * trusted year and then year and first author, same rule for fuzzy blocks), from members read
 * back from a key table rather than from records in memory. The nightly job's incremental run
 * uses it for the blocks its changed records fall in; {@code BlockPairsTest} checks that it
 * gives the generator's pairs.
 */
public final class BlockPairs {
  private final int cap;

  public BlockPairs(int cap) {
    if (cap < 2) {
      throw new IllegalArgumentException("block cap must be at least 2, was " + cap);
    }
    this.cap = cap;
  }

  /** One record of a block: a row of the key table joined with its record's split values. */
  public record Member(long recordId, boolean needy, Integer year, long authorHash) {}

  /**
   * What the block gave.
   *
   * @param members records in the block
   * @param possible pairs the block would give uncapped
   * @param made pairs made
   * @param capped whether the block was over the cap
   */
  public record Outcome(int members, long possible, long made, boolean capped) {}

  /** Receives a pair, lower id first. */
  @FunctionalInterface
  public interface Sink {
    void pair(long first, long second);
  }

  /**
   * @param kind the block's kind (only {@link KeyKind#FUZZY} changes the pairs)
   * @param members the block's records in ascending id order, each once
   */
  public Outcome pairs(KeyKind kind, List<Member> members, Sink sink) {
    boolean fuzzy = kind == KeyKind.FUZZY;
    long possible = possiblePairs(members, fuzzy);
    if (members.size() < 2) {
      return new Outcome(members.size(), 0, 0, false);
    }
    if (members.size() <= cap) {
      return new Outcome(members.size(), possible, pairAll(members, fuzzy, sink), false);
    }
    long made = 0;
    Map<Integer, List<Member>> byYear = new HashMap<>();
    for (Member m : members) {
      byYear.computeIfAbsent(m.year(), y -> new ArrayList<>()).add(m);
    }
    for (List<Member> yearBlock : byYear.values()) {
      if (yearBlock.size() <= cap) {
        made += pairAll(yearBlock, fuzzy, sink);
        continue;
      }
      Map<Long, List<Member>> byAuthor = new HashMap<>();
      for (Member m : yearBlock) {
        byAuthor.computeIfAbsent(m.authorHash(), a -> new ArrayList<>()).add(m);
      }
      for (List<Member> authorBlock : byAuthor.values()) {
        if (authorBlock.size() <= cap) {
          made += pairAll(authorBlock, fuzzy, sink);
        }
      }
    }
    return new Outcome(members.size(), possible, made, true);
  }

  private static long possiblePairs(List<Member> members, boolean fuzzy) {
    long n = members.size();
    long all = n * (n - 1) / 2;
    if (!fuzzy) {
      return all;
    }
    long plain = members.stream().filter(m -> !m.needy()).count();
    return all - plain * (plain - 1) / 2;
  }

  private static long pairAll(List<Member> members, boolean fuzzy, Sink sink) {
    long made = 0;
    for (int i = 0; i < members.size(); i++) {
      Member a = members.get(i);
      for (int j = i + 1; j < members.size(); j++) {
        Member b = members.get(j);
        if (fuzzy && !a.needy() && !b.needy()) {
          continue;
        }
        sink.pair(Math.min(a.recordId(), b.recordId()), Math.max(a.recordId(), b.recordId()));
        made++;
      }
    }
    return made;
  }
}
