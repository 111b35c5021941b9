package org.unioncat.api.jobs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.batch.jobs.DedupJobService;
import org.unioncat.batch.jobs.JobView;
import org.unioncat.config.LibraryCode;
import org.unioncat.config.LibrarySettings;
import org.unioncat.dedup.eval.BuiltInSeeds;
import org.unioncat.dedup.eval.CatalogGenerator;
import org.unioncat.dedup.eval.GeneratedCatalog;
import org.unioncat.dedup.eval.GeneratedRecord;
import org.unioncat.dedup.eval.GeneratorConfig;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.load.BatchLoader;
import org.unioncat.ingest.load.LoadProgress;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.store.BatchStore;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.write.Iso2709Writer;

/**
 * The nightly job's run time (not a test): {@code bench/run org.unioncat.api.jobs.DedupJobBenchmark
 * [records] [incremental]}, default 100,000 records and an incremental run after 10,000 more.
 *
 * <p>Catalog: the generated catalog (built-in seeds, seed 42, 30 cases: all twelve causes and the
 * hard negatives, in five libraries) multiplied into distinct copies at MARC level — copy k gets
 * a prefix word in its titles (after the non-filing characters), a suffix in its author names,
 * shifted ISBNs and its own 001/035/010 — so each copy is a distinct set of books with the same
 * duplicate structure. Loaded with the bulk loader (validate, normalize, MariaDB, Lucene) into
 * the database of {@code -Dbench.url} (default {@code jdbc:mysql://127.0.0.1:3306/test_job},
 * wiped); only the job is timed. Then {@code [incremental]} more records (new copies, a new
 * library) are loaded and an incremental run is timed. {@code -Dbench.reuse=true} times the job on
 * the catalog the last run left (no wiping, no loading); with {@code -Dbench.full=false} as well
 * it only uploads {@code [incremental]} new records and times the incremental run.
 */
public final class DedupJobBenchmark {
  private static final String URL =
      System.getProperty("bench.url", "jdbc:mysql://127.0.0.1:3306/test_job")
          + "?rewriteBatchedStatements=true&characterEncoding=UTF-8&useSSL=false"
          + "&allowPublicKeyRetrieval=true";

  private DedupJobBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int more = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    GeneratedCatalog catalog =
        CatalogGenerator.generate(BuiltInSeeds.all(), GeneratorConfig.defaults(42L, 30));
    // -Dbench.home=DIR: a home (search index) kept between runs, so a reused catalog's index is
    // not rebuilt by the job's first step each time (minutes at a million records).
    String keptHome = System.getProperty("bench.home");
    Path home = keptHome != null
        ? Files.createDirectories(Path.of(keptHome))
        : Files.createTempDirectory("unioncat-job-bench");
    // -Dbench.reuse=true: time the job on the catalog the last run left (no wiping, no loading).
    boolean reuse = Boolean.getBoolean("bench.reuse");
    if (!reuse) {
      Flyway.configure().dataSource(URL, "root", "").locations("classpath:db/migration")
          .cleanDisabled(false).load().clean();
    }
    try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(UnionCatApplication.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .run("--spring.profiles.active=mysql", "--spring.datasource.url=" + URL,
            "--unioncat.home=" + home, "--unioncat.demo-library=false",
            "--unioncat.jobs.dedup.schedule-enabled=false", "--logging.level.root=warn",
            "--logging.level.org.unioncat=warn",
            // -Dbench.phases=true: the job's steps log how long each of their phases took
            "--logging.level.org.unioncat.batch.dedup.StepPhases="
                + (Boolean.getBoolean("bench.phases") ? "info" : "warn"))) {
      Runtime rt = Runtime.getRuntime();
      System.out.printf(Locale.ROOT, "%d processors, max heap %d MB%n", rt.availableProcessors(),
          rt.maxMemory() >> 20);
      long t0 = System.nanoTime();
      int[] copy = {0};
      if (!reuse) {
        load(ctx, catalog, n, copy, "");
      }
      System.out.printf(Locale.ROOT, "loaded %,d records in %.1f s (not part of the job's time)%n",
          ctx.getBean(CatalogQueries.class).countActive(), (System.nanoTime() - t0) / 1e9);
      DedupJobService jobs = ctx.getBean(DedupJobService.class);
      // -Dbench.full=false with bench.reuse: skip the full run, only upload and run incrementally
      // (the catalog must have had a successful run).
      if (!reuse || Boolean.parseBoolean(System.getProperty("bench.full", "true"))) {
        report("full run", jobs, jobs.start("full", "bench"));
      }
      if (more > 0) {
        if (reuse) {
          // New copies past every copy loaded so far: each copy is a whole generated catalog,
          // every record of which is stored (quarantined ones too); partial copies round down,
          // hence the margin.
          Long stored = new org.springframework.jdbc.core.JdbcTemplate(ctx.getBean(DataSource.class))
              .queryForObject("SELECT COUNT(*) FROM bib_record", Long.class);
          copy[0] = (int) (stored
              / catalog.recordsByLibrary().values().stream().mapToInt(List::size).sum()) + 3;
        }
        load(ctx, catalog, more, copy, "N");
        report("incremental run after " + more + " new records", jobs,
            jobs.start("incremental", "bench"));
      }
    } finally {
      if (keptHome == null) {
        try (var files = Files.walk(home)) {
          files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private static void report(String what, DedupJobService jobs, JobView started)
      throws InterruptedException {
    long t = System.nanoTime();
    JobView v = jobs.await(started.id(), Duration.ofMillis(500), x -> {});
    double seconds = (System.nanoTime() - t) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "%s: %s in %.1f s (heap used now %d MB)%n", what, v.status(),
        seconds, (rt.totalMemory() - rt.freeMemory()) >> 20);
    for (JobView.StepView s : v.steps()) {
      System.out.printf(Locale.ROOT, "  %-10s %6.1f s  read %,d written %,d%n", s.name(),
          s.durationMillis() / 1000.0, s.read(), s.written());
    }
    JobView.Statistics st = v.statistics();
    System.out.printf(Locale.ROOT, "  mode %s; %,d records, %,d changed; %,d candidate pairs, %,d"
            + " scored, %,d reused; %,d clusters (new %,d, changed %,d, closed %,d), %,d findings%n",
        st.effectiveMode(), st.records(), st.changedRecords(), st.candidatePairs(),
        st.pairsToScore(), st.pairsReused(), st.clusters(), st.clustersNew(), st.clustersChanged(),
        st.clustersClosed(), st.findings());
    if (!v.message().isEmpty()) {
      System.out.println("  message: " + v.message());
    }
  }

  /** Loads n records (whole copies of the catalog, then part of one) with the bulk loader. */
  private static void load(
      ConfigurableApplicationContext ctx, GeneratedCatalog catalog, int n, int[] copy,
      String libraryPrefix) throws Exception {
    Path dir = Files.createTempDirectory("unioncat-job-bench-files");
    Map<String, OutputStream> outs = new HashMap<>();
    Map<String, Iso2709Writer> writers = new HashMap<>();
    int written = 0;
    try {
      while (written < n) {
        copy[0]++;
        for (Map.Entry<String, List<GeneratedRecord>> lib : catalog.recordsByLibrary().entrySet()) {
          String code = libraryPrefix + lib.getKey();
          Iso2709Writer w = writers.get(code);
          if (w == null) {
            OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(dir.resolve(code + ".mrc")), 1 << 16);
            outs.put(code, out);
            w = new Iso2709Writer(out, MarcFlavour.MARC21);
            writers.put(code, w);
          }
          for (GeneratedRecord r : lib.getValue()) {
            if (written == n) {
              break;
            }
            w.write(distinct(r.record(), copy[0]), r.flavour());
            written++;
          }
        }
      }
      for (Iso2709Writer w : writers.values()) {
        w.flush();
      }
      for (OutputStream o : outs.values()) {
        o.close();
      }
      LibraryStore libraries = ctx.getBean(LibraryStore.class);
      BatchStore batches = ctx.getBean(BatchStore.class);
      BatchLoader loader = ctx.getBean(BatchLoader.class);
      for (String code : writers.keySet()) {
        MemberLibrary library = libraries.find(LibraryCode.of(code))
            .orElseGet(() -> libraries.add(LibrarySettings.withDefaults(code, code)));
        Path file = dir.resolve(code + ".mrc");
        var batch = batches.create(library, "bench", file.getFileName().toString(),
            Files.size(file), "bench-" + code + "-" + copy[0]);
        loader.load(batch.id(), library, () -> Files.newInputStream(file), ReadOptions.detect(),
            LoadProgress.NONE);
      }
      // The index is written beside the loads: wait until it has caught up, as it would have by
      // night, so the job's index check finds it whole.
      CatalogIndex index = ctx.getBean(CatalogIndex.class);
      long active = ctx.getBean(CatalogQueries.class).countActive();
      for (int i = 0; i < 1200 && index.count() != active; i++) {
        Thread.sleep(250);
        index.refresh();
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Copy {@code k} of a record: its own titles, author names, ISBNs and numbers. */
  static MarcRecord distinct(MarcRecord r, int k) {
    String word = "zq" + word(k);
    List<MarcField> fields = new ArrayList<>();
    for (MarcField f : r.fields()) {
      if (f instanceof ControlField c) {
        fields.add(c.tag().equals("001") ? new ControlField("001", c.data() + "-" + k) : c);
        continue;
      }
      DataField d = (DataField) f;
      String tag = d.tag();
      boolean title = tag.equals("245") || tag.equals("200")
          || (tag.equals("880") && d.first('6').orElse("").startsWith("245"));
      boolean name = tag.equals("100") || tag.equals("700") || tag.equals("110")
          || tag.equals("700") || tag.equals("701") || tag.equals("702");
      boolean isbn = tag.equals("020")
          || tag.equals("010") && isbnDigits(d.first('a').orElse("")).length() >= 10;
      boolean number = tag.equals("035") || tag.equals("010");
      List<Subfield> subs = new ArrayList<>();
      boolean firstA = true;
      for (Subfield s : d.subfields()) {
        String v = s.value();
        if (s.code() == 'a' && firstA) {
          firstA = false;
          if (title) {
            int skip = tag.equals("245") && Character.isDigit(d.ind2()) ? d.ind2() - '0' : 0;
            skip = Math.min(skip, v.length());
            v = v.substring(0, skip) + word + " " + v.substring(skip);
          } else if (name) {
            v = v + " " + word;
          } else if (isbn) {
            v = shiftedIsbn(v, k);
          } else if (number) {
            v = v + "-" + k;
          }
        }
        subs.add(new Subfield(s.code(), v));
      }
      fields.add(new DataField(tag, d.ind1(), d.ind2(), subs));
    }
    return new MarcRecord(r.leader(), fields);
  }

  private static String isbnDigits(String v) {
    String head = v.trim().split("[ (]", 2)[0];
    return head.replaceAll("[^0-9Xx]", "");
  }

  /** The ISBN as ISBN-13 with its 9-digit body shifted by the copy number (else unchanged). */
  static String shiftedIsbn(String v, int copy) {
    String d = isbnDigits(v);
    String twelve;
    if (d.length() == 10) {
      twelve = "978" + d.substring(0, 9);
    } else if (d.length() == 13 && !d.contains("X") && !d.contains("x")) {
      twelve = d.substring(0, 12);
    } else {
      return v;
    }
    long body = (Long.parseLong(twelve.substring(3, 12)) + copy * 7919L) % 1_000_000_000L;
    twelve = twelve.substring(0, 3) + String.format(Locale.ROOT, "%09d", body);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return twelve + (10 - sum % 10) % 10;
  }

  private static String word(int copy) {
    StringBuilder s = new StringBuilder();
    int k = copy;
    do {
      s.append((char) ('a' + k % 26));
      k /= 26;
    } while (k > 0);
    return s.reverse().toString();
  }
}
