package org.unioncat.dedup.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.compare.Comparison;
import org.unioncat.dedup.compare.Evidence;
import org.unioncat.dedup.compare.PairComparator;
import org.unioncat.dedup.compare.Verdict;

/** A comparator answering from a script; unscripted pairs are DIFFERENT with score 0. Counts calls. */
public final class ScriptedComparator implements PairComparator {
  private final Map<IdPair, Comparison> script = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();

  public ScriptedComparator say(long a, long b, Verdict verdict, double score) {
    return say(a, b, verdict, score, null);
  }

  public ScriptedComparator say(long a, long b, Verdict verdict, double score, Cause cause) {
    IdPair p = IdPair.of(a, b);
    script.put(p, new Comparison(p.first(), p.second(), verdict, score, Optional.ofNullable(cause),
        List.of(new Evidence("script", verdict + " " + p, verdict + " " + p, score))));
    return this;
  }

  public Comparison lookup(long a, long b) {
    IdPair p = IdPair.of(a, b);
    return script.getOrDefault(p, new Comparison(p.first(), p.second(), Verdict.DIFFERENT, 0.0,
        Optional.empty(), List.of()));
  }

  public int calls() {
    return calls.get();
  }

  @Override
  public Comparison compare(DedupRecord a, DedupRecord b) {
    calls.incrementAndGet();
    return lookup(a.id(), b.id());
  }
}
