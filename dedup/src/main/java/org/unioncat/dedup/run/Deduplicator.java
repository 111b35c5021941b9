package org.unioncat.dedup.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.unioncat.dedup.Cause;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.candidate.BlockingKeys;
import org.unioncat.dedup.candidate.CandidateGenerator;
import org.unioncat.dedup.candidate.Candidates;
import org.unioncat.dedup.candidate.IdPair;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.cluster.ClusterMember;
import org.unioncat.dedup.cluster.Clusterer;
import org.unioncat.dedup.cluster.ComparisonCache;
import org.unioncat.dedup.cluster.Finding;
import org.unioncat.dedup.cluster.MemberRole;
import org.unioncat.dedup.compare.Comparison;
import org.unioncat.dedup.compare.PairComparator;
import org.unioncat.dedup.compare.Verdict;
import org.unioncat.dedup.survivor.Action;
import org.unioncat.dedup.survivor.Actions;
import org.unioncat.dedup.survivor.SurvivorRule;

/**
 * The duplicate detector: blocking keys, candidate pairs, comparison (in parallel), clusters
 * without chaining across conflicts, the record to keep, each member's cause and fix, and the
 * findings. Plain Java: the nightly job and the pre-upload check call {@link #run} in-process.
 *
 * <p>The result depends only on the records, the rejected pairs, the comparator and the config's
 * cap and sources, never on the number of threads or the order of the records.
 *
 * <p>Thread-safe if the comparator is; one run at a time per call.
 */
public final class Deduplicator {
  private static final int CHUNK = 2048;

  private final PairComparator comparator;
  private final DedupConfig config;
  private final CandidateGenerator candidates;
  private final Clusterer clusterer = new Clusterer();
  private final SurvivorRule survivorRule;

  public Deduplicator(PairComparator comparator, DedupConfig config) {
    this.comparator = comparator;
    this.config = config;
    this.candidates = new CandidateGenerator(new BlockingKeys(), config.blockCap());
    this.survivorRule = new SurvivorRule(config.authoritativeSources());
  }

  /**
   * What decides this detector's results: its code, the comparator's rules and the run's
   * configuration (not the number of threads). See {@link RulesFingerprint}.
   */
  public String fingerprint() {
    return RulesFingerprint.of(comparator.rulesDescription(), config.withThreads(1).toString());
  }

  public DedupResult run(Iterable<DedupRecord> records, Set<IdPair> rejected) {
    return run(records, rejected, ProgressListener.NONE);
  }

  /**
   * @param records the records to check (ids unique)
   * @param rejected pairs reviewers decided are not duplicates: never in one cluster
   * @param progress told of each phase's progress
   */
  public DedupResult run(
      Iterable<DedupRecord> records, Set<IdPair> rejected, ProgressListener progress) {
    return run(records, rejected, Set.of(), progress);
  }

  /**
   * @param records the records to check (ids unique)
   * @param rejected pairs reviewers decided are not duplicates: never in one cluster
   * @param keepChoices records reviewers chose to keep: kept whenever in a cluster
   * @param progress told of each phase's progress
   */
  public DedupResult run(
      Iterable<DedupRecord> records, Set<IdPair> rejected, Set<Long> keepChoices,
      ProgressListener progress) {
    long started = System.nanoTime();
    List<DedupRecord> list = new ArrayList<>();
    for (DedupRecord r : records) {
      list.add(r);
    }
    Map<Long, DedupRecord> byId = index(list);
    progress.progress("keys", 0, list.size());
    Prepared prepared = prepare(list);
    progress.progress("keys", list.size(), list.size());

    PairComparator runComparator = comparator(prepared.unreliableIsbns());
    Comparison[] compared = compareAll(runComparator, prepared.candidates(), byId, progress);
    return assemble(list, runComparator, List.of(compared), compared.length, rejected,
        keepChoices, Blocking.of(prepared.candidates()), started, progress);
  }

  /**
   * What the first phase of a run produces: the candidate pairs and the ISBNs that do not count
   * as evidence in this catalog.
   */
  public record Prepared(Candidates candidates, Set<String> unreliableIsbns) {}

  /**
   * Phase 1 of a run (the nightly job runs the phases as separate steps): blocking keys, candidate
   * pairs, and the ISBNs shared by clearly different books.
   */
  public Prepared prepare(List<DedupRecord> records) {
    Candidates pairs = candidates.generate(records);
    return new Prepared(pairs, UnreliableIsbns.find(records, config.knownBadIsbns()));
  }

  /** The largest block compared whole (for callers pairing blocks themselves). */
  public int blockCap() {
    return config.blockCap();
  }

  /** The consortium's configured ISBNs that never count as evidence. */
  public Set<String> knownBadIsbns() {
    return config.knownBadIsbns();
  }

  /**
   * Whether {@code isbn13} is unreliable given every record of the catalog that carries it (as a
   * valid ISBN), in ascending id order: what {@link #prepare} decides for that ISBN. Lets the
   * nightly job's incremental run decide again only for the ISBNs its changes touched.
   */
  public boolean unreliableIsbn(String isbn13, List<DedupRecord> carriersById) {
    return config.knownBadIsbns().contains(isbn13)
        || UnreliableIsbns.find(carriersById, Set.of()).contains(isbn13);
  }

  /** Phase 2's comparator: this detector's, not counting {@code unreliableIsbns}. */
  public PairComparator comparator(Set<String> unreliableIsbns) {
    return comparator.withUnreliableIsbns(unreliableIsbns);
  }

  /**
   * Whether a scored pair can change the result: a DIFFERENT pair without a cause joins nothing,
   * suggests nothing and reports nothing (the clusterer compares a cross pair again if it needs
   * it), so a run may drop it after scoring.
   */
  public static boolean matters(Comparison c) {
    return c.verdict() != Verdict.DIFFERENT || c.cause().isPresent();
  }

  /**
   * Phase 3 of a run: clusters, the record to keep, each member's cause and action, findings,
   * from the scored pairs. Gives the same result as {@link #run} when {@code compared} holds the
   * candidate pairs that {@link #matters matter} (the others may be left out).
   *
   * @param records every record of the run (ids unique)
   * @param runComparator the phase-2 comparator (for cross pairs compared on demand)
   * @param compared the scored candidate pairs (any order)
   * @param comparisonsMade comparator calls made in phase 2 (for the statistics)
   * @param rejected pairs reviewers decided are not duplicates
   * @param keepChoices records reviewers chose to keep: kept whenever in a cluster
   * @param blocking what phase 1 did (for the statistics)
   * @param startedNanos {@link System#nanoTime()} when the run began (for the elapsed time)
   */
  public DedupResult assemble(
      List<DedupRecord> records, PairComparator runComparator, List<Comparison> compared,
      long comparisonsMade, Set<IdPair> rejected, Set<Long> keepChoices, Blocking blocking,
      long startedNanos, ProgressListener progress) {
    return assemble(records, records.size(), runComparator, compared, comparisonsMade, rejected,
        keepChoices, blocking, startedNanos, progress);
  }

  /**
   * As {@link #assemble(List, PairComparator, List, long, Set, Set, Blocking, long,
   * ProgressListener)}, from only the records the result depends on, so a caller holding a large
   * catalog need not read all of it again: every record of a pair in {@code compared} and every
   * record without a usable title (cause 11 reports each). Other records join no cluster and
   * report nothing; they count only in the statistics, through {@code recordCount}.
   *
   * @param needed at least the records of {@code compared} and those without a usable title
   * @param recordCount every record of the run (for the statistics)
   */
  public DedupResult assemble(
      List<DedupRecord> needed, long recordCount, PairComparator runComparator,
      List<Comparison> compared, long comparisonsMade, Set<IdPair> rejected,
      Set<Long> keepChoices, Blocking blocking, long startedNanos, ProgressListener progress) {
    List<DedupRecord> list = needed;
    Map<Long, DedupRecord> byId = index(list);
    ComparisonCache cache = new ComparisonCache(runComparator, byId);
    long duplicatePairs = 0;
    for (Comparison c : compared) {
      cache.put(c);
      if (c.verdict() == Verdict.DUPLICATE) {
        duplicatePairs++;
      }
    }
    progress.progress("cluster", 0, compared.size());
    Clusterer.Linkage linkage = clusterer.cluster(
        compared, cache, rejected, id -> !byId.get(id).normalized().title().usable());
    progress.progress("cluster", compared.size(), compared.size());

    Map<String, Finding> findings = new LinkedHashMap<>();
    noTitleFindings(list, compared, byId, findings);
    pairFindings(compared, byId, findings);
    List<Cluster> clusters = new ArrayList<>();
    int done = 0;
    for (List<Long> component : linkage.components()) {
      clusters.add(assemble(component, cache, linkage, findings, keepChoices));
      progress.progress("report", ++done, linkage.components().size());
    }
    List<Finding> findingList = new ArrayList<>(findings.values());
    findingList.sort(Comparator.comparingLong(Finding::recordId)
        .thenComparingInt(f -> f.cause().number()));

    long clustered = clusters.stream().mapToLong(Cluster::size).sum();
    RunStatistics stats = new RunStatistics(
        recordCount, blocking.keys(), blocking.blocks(), blocking.cappedBlocks(),
        blocking.pairsSkipped(), blocking.candidatePairs(),
        comparisonsMade + cache.extraComparisons(), duplicatePairs,
        clusters.size(), clustered, findingList.size(), linkage.suggestions().size(),
        (System.nanoTime() - startedNanos) / 1_000_000);
    return new DedupResult(clusters, findingList, linkage.suggestions(), stats);
  }

  private static Map<Long, DedupRecord> index(List<DedupRecord> records) {
    Map<Long, DedupRecord> byId = new HashMap<>(records.size() * 2);
    for (DedupRecord r : records) {
      if (byId.put(r.id(), r) != null) {
        throw new IllegalArgumentException("record id " + r.id() + " appears twice");
      }
    }
    return byId;
  }

  private Comparison[] compareAll(
      PairComparator comparator, Candidates pairs, Map<Long, DedupRecord> byId, ProgressListener progress) {
    int n = pairs.size();
    Comparison[] out = new Comparison[n];
    progress.progress("compare", 0, n);
    if (n == 0) {
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
      Thread t = new Thread(r, "dedup-compare");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Integer>> chunks = new ArrayList<>();
      for (int start = 0; start < n; start += CHUNK) {
        int from = start;
        int to = Math.min(n, start + CHUNK);
        chunks.add(pool.submit(() -> {
          for (int i = from; i < to; i++) {
            IdPair p = pairs.pair(i);
            out[i] = comparator.compare(byId.get(p.first()), byId.get(p.second()));
          }
          return to;
        }));
      }
      for (Future<Integer> chunk : chunks) {
        progress.progress("compare", chunk.get(), n);
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("comparison failed", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while comparing", e);
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private Cluster assemble(
      List<Long> component, ComparisonCache cache, Clusterer.Linkage linkage,
      Map<String, Finding> findings, Set<Long> keepChoices) {
    List<DedupRecord> records = component.stream().map(cache::record).toList();
    DedupRecord keep = survivorRule.choose(records, keepChoices);
    List<ClusterMember> members = new ArrayList<>();
    Action keepAction = Actions.forKeep(keep, records.size() - 1);
    members.add(new ClusterMember(keep.id(), keep.library(), keep.localId(), MemberRole.KEEP,
        Optional.empty(), 1.0, "", "", keepAction.en(), keepAction.zh()));
    for (DedupRecord m : records) {
      if (m.id() == keep.id()) {
        continue;
      }
      Comparison c = cache.get(keep.id(), m.id());
      if (c.verdict() != Verdict.DUPLICATE && linkage.joinedBy().containsKey(m.id())) {
        c = linkage.joinedBy().get(m.id());
      }
      Optional<Cause> cause = inferCause(m, keep, c.cause());
      if (cause.isPresent() && cause.get().findingOnly()) {
        Action a = Actions.forFindingMember(cause.get(), keep);
        members.add(new ClusterMember(m.id(), m.library(), m.localId(), MemberRole.FINDING, cause,
            c.score(), c.explanationEn(), c.explanationZh(), a.en(), a.zh()));
        addFinding(findings, m, cause.get(), keep, c.explanationEn(), c.explanationZh(), a);
        continue;
      }
      Action a = Actions.forDuplicate(m, keep, cause);
      members.add(new ClusterMember(m.id(), m.library(), m.localId(), MemberRole.DUPLICATE, cause,
          c.score(), c.explanationEn(), c.explanationZh(), a.en(), a.zh()));
      if (cause.equals(Optional.of(Cause.NO_CHECK)) && m.library().equals(keep.library())
          && !m.hasNoHoldings() && !keep.hasNoHoldings()) {
        addFinding(findings, m, Cause.NO_CHECK, keep, c.explanationEn(), c.explanationZh(), a);
      }
    }
    return new Cluster(component.get(0), keep.id(), members);
  }

  /**
   * The comparator's cause, completed from holdings: a copy in the kept record's library with no
   * holdings is an empty download (cause 9); a copy in the same library with holdings and no
   * other cause is the same library cataloging twice (cause 12).
   */
  static Optional<Cause> inferCause(DedupRecord member, DedupRecord keep, Optional<Cause> given) {
    boolean sameLibrary = member.library().equals(keep.library());
    if (sameLibrary && member.hasNoHoldings()
        && (given.isEmpty() || given.get() == Cause.NO_CHECK)) {
      return Optional.of(Cause.EMPTY_DOWNLOAD);
    }
    if (sameLibrary && given.isEmpty()) {
      return Optional.of(Cause.NO_CHECK);
    }
    return given;
  }

  /** Cause 11: every record without a usable title, with its best match when it has one. */
  private static void noTitleFindings(
      List<DedupRecord> records, List<Comparison> compared, Map<Long, DedupRecord> byId,
      Map<String, Finding> findings) {
    Map<Long, Comparison> best = new HashMap<>();
    for (Comparison c : compared) {
      if (c.verdict() != Verdict.DUPLICATE && c.verdict() != Verdict.POSSIBLE) {
        continue;
      }
      for (long id : new long[] {c.first(), c.second()}) {
        if (!byId.get(id).normalized().title().usable()) {
          Comparison prev = best.get(id);
          if (prev == null || c.score() > prev.score()) {
            best.put(id, c);
          }
        }
      }
    }
    List<DedupRecord> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparingLong(DedupRecord::id));
    for (DedupRecord r : sorted) {
      if (r.normalized().title().usable()) {
        continue;
      }
      Comparison c = best.get(r.id());
      DedupRecord related = c == null ? null : byId.get(c.first() == r.id() ? c.second() : c.first());
      Action a = Actions.forFinding(Cause.NO_TITLE, related);
      String title = r.normalized().title().titleProper();
      String why = r.normalized().title().placeholder()
          ? "title is a placeholder: \"" + title + "\""
          : r.normalized().title().garbled()
              ? "title garbled by a wrong character set on download: \"" + title + "\""
              : "no title";
      String whyZh = r.normalized().title().placeholder()
          ? "题名为占位符：“" + title + "”"
          : r.normalized().title().garbled() ? "题名因下载时字符集选择错误成为乱码：“" + title + "”" : "无题名";
      addFinding(findings, r, Cause.NO_TITLE, related, why, whyZh, a);
    }
  }

  /** Findings the comparator reports on pairs it does not merge: causes 3, 5, 7, 10. */
  private static void pairFindings(
      List<Comparison> compared, Map<Long, DedupRecord> byId, Map<String, Finding> findings) {
    for (Comparison c : compared) {
      if (c.cause().isEmpty() || !c.cause().get().findingOnly()) {
        continue;
      }
      Cause cause = c.cause().get();
      DedupRecord a = byId.get(c.first());
      DedupRecord b = byId.get(c.second());
      switch (cause) {
        case MULTI_VOLUME -> {
          Action fa = Actions.forFinding(cause, b);
          addFinding(findings, a, cause, b, c.explanationEn(), c.explanationZh(), fa);
          Action fb = Actions.forFinding(cause, a);
          addFinding(findings, b, cause, a, c.explanationEn(), c.explanationZh(), fb);
        }
        case STALE_EDITION, EDITION_DATE_CONFUSED -> {
          DedupRecord stale = staleOne(a, b);
          DedupRecord other = stale == a ? b : a;
          Action f = Actions.forFinding(cause, other);
          addFinding(findings, stale, cause, other, c.explanationEn(), c.explanationZh(), f);
        }
        case WRONG_RECORD -> {
          Action f = Actions.forFinding(cause, a);
          addFinding(findings, b, cause, a, c.explanationEn(), c.explanationZh(), f);
        }
        default -> {
          // cause 11 is found per record, not per pair
        }
      }
    }
  }

  /**
   * Of two editions, the record to flag: the higher edition number (the relabeled copy or the new
   * edition), else the one whose dates conflict, else the newer record (higher id).
   */
  static DedupRecord staleOne(DedupRecord a, DedupRecord b) {
    int ea = a.normalized().edition().number();
    int eb = b.normalized().edition().number();
    if (ea != eb) {
      return ea > eb ? a : b;
    }
    boolean ca = a.normalized().dates().conflict();
    boolean cb = b.normalized().dates().conflict();
    if (ca != cb) {
      return ca ? a : b;
    }
    return a.id() > b.id() ? a : b;
  }

  private static void addFinding(
      Map<String, Finding> findings, DedupRecord r, Cause cause, DedupRecord related,
      String detailEn, String detailZh, Action action) {
    findings.putIfAbsent(r.id() + "/" + cause.number(), new Finding(
        r.id(), r.library(), r.localId(), cause,
        related == null ? Optional.empty() : Optional.of(related.id()),
        detailEn, detailZh, action.en(), action.zh()));
  }
}
