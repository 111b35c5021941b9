package org.unioncat.ingest.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.isbn.Isbn;

/**
 * Indexing and search speed of {@link CatalogIndex}. Indexes N records (default 100,000) in chunks
 * of 1,000 with a refresh after each chunk, as the catalog service does, then times a few
 * queries. The records are the 2,000 of {@code solrmarc/uva_001_2000.mrc}, normalized once and
 * indexed over and over under new record ids and libraries (normalizing is not what is measured
 * here). Not a test: run with {@code bench/run org.unioncat.ingest.index.IndexBenchmark [N]}.
 */
public final class IndexBenchmark {
  private static final int CHUNK = 1_000;
  private static final String[] LIBRARIES = {"PKU", "THU", "NLC", "BNU", "FDU"};
  private static final int QUERY_RUNS = 50;

  private IndexBenchmark() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<NormalizedRecord> sample = TestBooks.fixture("solrmarc/uva_001_2000.mrc");
    System.out.printf(
        Locale.ROOT,
        "%,d records from %,d normalized samples; %d processors; max heap %d MB%n",
        n,
        sample.size(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    Path dir = Files.createTempDirectory("unioncat-index-bench");
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      indexAll(index, sample, n);
      System.out.printf(Locale.ROOT, "index size: %,.1f MB%n", sizeOf(dir) / 1048576.0);
      runQueries(index, sample);
    } finally {
      deleteTree(dir);
    }
  }

  private static void indexAll(CatalogIndex index, List<NormalizedRecord> sample, int n)
      throws IOException {
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long threadStart = threads.getCurrentThreadCpuTime();
    long gcStart = gcMillis();
    long jitStart = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    long maxRefreshNanos = 0;
    long refreshNanos = 0;
    for (int from = 0; from < n; from += CHUNK) {
      List<IndexedRecord> chunk = new ArrayList<>(CHUNK);
      for (int i = from; i < Math.min(n, from + CHUNK); i++) {
        long id = i + 1L;
        chunk.add(
            new IndexedRecord(
                id,
                LIBRARIES[i % LIBRARIES.length],
                List.of(LIBRARIES[(i / 7) % LIBRARIES.length]),
                sample.get(i % sample.size())));
      }
      index.index(chunk);
      long r = System.nanoTime();
      index.refresh();
      long took = System.nanoTime() - r;
      refreshNanos += took;
      maxRefreshNanos = Math.max(maxRefreshNanos, took);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    double threadSeconds = (threads.getCurrentThreadCpuTime() - threadStart) / 1e9;
    double gcSeconds = (gcMillis() - gcStart) / 1e3;
    double jitSeconds =
        (java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime()
                - jitStart)
            / 1e3;
    long c = System.nanoTime();
    index.commit();
    double commitSeconds = (System.nanoTime() - c) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "indexed %,d records in %.1f s: %,.0f records/s (refresh after each %,d: mean %.0f ms,"
            + " max %.0f ms); commit %.2f s%n",
        index.count(),
        seconds,
        n / seconds,
        CHUNK,
        refreshNanos / 1e6 / Math.max(1, n / CHUNK),
        maxRefreshNanos / 1e6,
        commitSeconds);
    // CPU per record is the figure to compare on a shared machine: wall time depends on what the
    // other processes do, the CPU this JVM used (all threads: indexing, flushes, merges, GC, JIT)
    // much less.
    System.out.printf(
        Locale.ROOT,
        "JVM CPU %.1f s: %.0f us/record (indexing and refreshing thread %.0f us/record; the rest"
            + " is merges, GC (%.1f s of pauses) and JIT (%.1f s of compiling)); load average %s%n",
        cpuSeconds,
        cpuSeconds * 1e6 / n,
        threadSeconds * 1e6 / n,
        gcSeconds,
        jitSeconds,
        loadAverage());
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long gcMillis() {
    long total = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void runQueries(CatalogIndex index, List<NormalizedRecord> sample) {
    String isbn =
        sample.stream()
            .flatMap(r -> r.isbns().valid().stream())
            .findFirst()
            .flatMap(Isbn::isbn10)
            .orElse("0140449132");
    List<String> queries =
        List.of(
            "history",
            "title:\"united states\"",
            "author:smith",
            "history year:[1900 TO 1999]",
            "war OR peace NOT library:PKU",
            "isbn:" + isbn,
            "hist*",
            "library:THU year:1980-1989",
            "*");
    for (String q : queries) { // warm-up
      for (int i = 0; i < 5; i++) {
        index.search(q, 0, 20);
      }
    }
    System.out.printf(Locale.ROOT, "%-36s %12s %10s %10s%n", "query (page of 20)", "total", "median", "p95");
    for (String q : queries) {
      long[] nanos = new long[QUERY_RUNS];
      long total = 0;
      for (int i = 0; i < QUERY_RUNS; i++) {
        long s = System.nanoTime();
        total = index.search(q, 0, 20).total();
        nanos[i] = System.nanoTime() - s;
      }
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "%-36s %,12d %8.2f ms %7.2f ms%n",
          q,
          total,
          nanos[QUERY_RUNS / 2] / 1e6,
          nanos[QUERY_RUNS * 95 / 100] / 1e6);
    }
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long bytes = 0;
      for (Path f : files.toList()) {
        bytes += Files.size(f);
      }
      return bytes;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
