package org.unioncat.dedup.run;

import org.unioncat.dedup.compare.PairComparator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.eval.BuiltInSeeds;
import org.unioncat.dedup.eval.CatalogGenerator;
import org.unioncat.dedup.eval.GeneratedCatalog;
import org.unioncat.dedup.eval.GeneratorConfig;
import org.unioncat.dedup.eval.QualityEvaluation;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.identifier.Identifiers;
import org.unioncat.ingest.normalize.isbn.Isbn;
import org.unioncat.ingest.normalize.isbn.IsbnData;
import org.unioncat.ingest.normalize.name.AuthorEntry;
import org.unioncat.ingest.normalize.title.TitleInfo;

/**
 * Throughput of {@link Deduplicator#run} (not a test): {@code bench/run
 * org.unioncat.dedup.run.DedupBenchmark [records] [threads]}, default 100,000 records, 2 threads.
 *
 * <p>Records: a catalog generated from the built-in seeds (all twelve causes and the hard
 * negatives, ~60 records), multiplied: copy k of every record gets a prefix word in its title key,
 * author keys, a shifted ISBN and 035, so each copy is a distinct set of books with the same
 * duplicate structure. Copies share the unchanged parts of the normalized view, which keeps memory
 * at a few hundred bytes per extra record (100,000 records fit the default -Xmx512m). The
 * comparator is the real {@link org.unioncat.dedup.compare.RecordComparator}; with
 * {@code -Dbench.comparator=keys} the test {@link KeyEqualityComparator}, to measure the engine
 * alone.
 */
public final class DedupBenchmark {
  private DedupBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    GeneratedCatalog catalog =
        CatalogGenerator.generate(BuiltInSeeds.all(), GeneratorConfig.defaults(42L, 30));
    List<DedupRecord> base = QualityEvaluation.records(catalog);
    List<DedupRecord> records = multiply(base, n);
    System.out.printf(Locale.ROOT, "%d records (%d generated, multiplied), %d threads%n",
        records.size(), base.size(), threads);

    PairComparator comparator =
        "keys".equals(System.getProperty("bench.comparator"))
            ? new KeyEqualityComparator()
            : new org.unioncat.dedup.compare.RecordComparator();
    Deduplicator dedup = new Deduplicator(comparator,
        DedupConfig.defaults().withThreads(threads));
    dedup.run(records.subList(0, Math.min(records.size(), 20_000)), Set.of()); // warm-up
    System.gc();
    long start = System.nanoTime();
    DedupResult result = dedup.run(records, Set.of());
    double seconds = (System.nanoTime() - start) / 1e9;
    RunStatistics s = result.statistics();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT,
        "run %.2f s: %.0f records/s; %d keys, %d blocks, %d capped (%d pairs skipped);"
            + " %d candidate pairs (%.2f per record), %d comparisons; %d clusters, %d findings;"
            + " heap used %d MB of %d MB max%n",
        seconds, records.size() / seconds, s.keys(), s.blocks(), s.cappedBlocks().size(),
        s.pairsSkipped(), s.candidatePairs(), s.pairsPerRecord(), s.comparisons(), s.clusters(),
        s.findings(), (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
  }

  /** n records: the base, then copies of it made distinct (see the class comment). */
  static List<DedupRecord> multiply(List<DedupRecord> base, int n) {
    List<DedupRecord> out = new ArrayList<>(n);
    long id = 1;
    for (int copy = 0; out.size() < n; copy++) {
      for (DedupRecord r : base) {
        if (out.size() == n) {
          break;
        }
        NormalizedRecord nr = copy == 0 ? r.normalized() : distinct(r.normalized(), copy);
        out.add(new DedupRecord(id++, r.library(), r.localId() + (copy == 0 ? "" : "-" + copy), nr,
            r.holdingLibraries(), r.callNumbers()));
      }
    }
    return out;
  }

  private static NormalizedRecord distinct(NormalizedRecord n, int copy) {
    String word = word(copy);
    TitleInfo t = n.title();
    TitleInfo title = new TitleInfo(t.titleProper(), t.remainder(), prefix(word, t.key()),
        prefix(word, t.fullKey()), t.altScriptKey() == null ? null : prefix(word, t.altScriptKey()),
        t.part(), t.responsibility(), t.source(), t.placeholder(), t.punctuationOnly(), t.missing());
    Set<Isbn> isbns = new LinkedHashSet<>();
    for (Isbn isbn : n.isbns().valid()) {
      isbns.add(shift(isbn, copy));
    }
    IsbnData i = n.isbns();
    IsbnData isbnData = new IsbnData(i.entries(), isbns, i.invalid(), List.of(), i.corrections());
    List<AuthorEntry> authors = new ArrayList<>();
    for (AuthorEntry a : n.authors()) {
      authors.add(new AuthorEntry(a.display(), a.key().isEmpty() ? "" : a.key() + " " + word,
          a.phoneticKey(), a.kind(), a.main(), a.cjk(), a.authorizedForm(), a.dates(), a.source()));
    }
    Identifiers d = n.identifiers();
    Identifiers ids = new Identifiers(d.systemNumbers().stream().map(s -> s + "-" + copy).toList(),
        d.lccn() == null ? null : d.lccn() + "-" + copy, d.language(), d.recordType(), d.bibLevel(),
        d.encodingLevel(), d.classifications(), d.catalogingSources());
    return new NormalizedRecord(n.flavour(), n.localId(), isbnData, title, authors, n.dates(),
        n.edition(), n.series(), n.extent(), n.publisher(), ids, n.holdings(), n.completeness(),
        n.corrections(), n.medium());
  }

  private static String prefix(String word, String key) {
    return key.isEmpty() ? key : word + " " + key;
  }

  /** Copy number as letters: 1 = "b", 26 = "ba", ... */
  private static String word(int copy) {
    StringBuilder s = new StringBuilder();
    int k = copy;
    do {
      s.append((char) ('a' + k % 26));
      k /= 26;
    } while (k > 0);
    return s.reverse().toString();
  }

  /** A valid ISBN-13 with the same prefix, the 9-digit body shifted by the copy number. */
  private static Isbn shift(Isbn isbn, int copy) {
    String s = isbn.isbn13();
    long body = (Long.parseLong(s.substring(3, 12)) + copy * 7919L) % 1_000_000_000L;
    String twelve = s.substring(0, 3) + String.format(Locale.ROOT, "%09d", body);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return new Isbn(twelve + (10 - sum % 10) % 10);
  }
}
