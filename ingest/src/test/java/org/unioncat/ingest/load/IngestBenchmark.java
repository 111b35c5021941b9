package org.unioncat.ingest.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.marc4j.MarcStreamReader;
import org.unioncat.config.LibrarySettings;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.read.ReadRecord;
import org.unioncat.ingest.store.BatchStore;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.UploadBatch;
import org.unioncat.ingest.write.Iso2709Writer;

/**
 * End-to-end load throughput: N records (made from the 2,000 real records of
 * {@code solrmarc/uva_001_2000.mrc}, each copy with its own 001) read, validated, normalized,
 * stored in MariaDB (database {@code unioncat_bench}, created and wiped) and indexed in Lucene
 * with a refresh every second, as the service does — beside bare marc4j parsing of the same
 * file. Not a test: {@code bench/run org.unioncat.ingest.load.IngestBenchmark 100000}. Options:
 * {@code -Dbench.url=jdbc:mysql://...} another database URL (parameters appended),
 * {@code -Dbench.noindex=true} to measure the database side alone, {@code -Dbench.loaddata=false}
 * to write with batched INSERTs instead of {@code LOAD DATA LOCAL}.
 */
public final class IngestBenchmark {
  private static final String URL =
      System.getProperty("bench.url", "jdbc:mysql://127.0.0.1:3306/unioncat_bench?rewriteBatchedStatements=true")
          + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true"
          // the LOAD DATA path, as the service's MySQL URL has it; -Dbench.loaddata=false for
          // batched INSERTs
          + "&allowLoadLocalInfile=" + System.getProperty("bench.loaddata", "true");

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = Files.createTempDirectory("unioncat-ingest-bench");
    Path file = dir.resolve("records.mrc");
    generate(file, n);
    System.out.printf(Locale.ROOT, "file: %,d records, %,d bytes; %d processors; max heap %d MB%n",
        n, Files.size(file), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    long t0 = System.nanoTime();
    long parsed = marc4j(file);
    double parseSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "marc4j MarcStreamReader parse:   %,d records %6.1f s %,9.0f records/s%n",
        parsed, parseSeconds, parsed / parseSeconds);

    try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?useSSL=false", "root", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE IF NOT EXISTS unioncat_bench CHARACTER SET utf8mb4");
    }
    DataSource ds = new org.unioncat.ingest.store.TestDatabases.SimpleDataSource(URL, "root", "");
    Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
        .cleanDisabled(false).load();
    flyway.clean();
    flyway.migrate();
    MemberLibrary library = new LibraryStore(ds).add(LibrarySettings.withDefaults("BENCH", "Bench"));
    try (CatalogIndex index = CatalogIndex.open(dir.resolve("index"))) {
      AtomicBoolean dirty = new AtomicBoolean();
      ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
      refresher.scheduleWithFixedDelay(() -> {
        if (dirty.getAndSet(false)) {
          index.refresh();
        }
      }, 1, 1, TimeUnit.SECONDS);
      CatalogIndexer direct = new LuceneIndexer(index, () -> dirty.set(true));
      // -Dbench.noindex=true measures the database side alone.
      AsyncCatalogIndexer indexer =
          new AsyncCatalogIndexer(Boolean.getBoolean("bench.noindex") ? CatalogIndexer.NONE : direct, 4);
      UploadBatch batch = new BatchStore(ds).create(library, "bench", "records.mrc",
          Files.size(file), "bench");
      t0 = System.nanoTime();
      UploadBatch done = new BatchLoader(ds, indexer, BatchLoader.DEFAULT_CHUNK,
          Runtime.getRuntime().availableProcessors())
          .load(batch.id(), library, () -> Files.newInputStream(file), ReadOptions.detect(),
              LoadProgress.NONE);
      indexer.close();
      refresher.shutdown();
      refresher.awaitTermination(5, TimeUnit.SECONDS);
      index.commit();
      index.refresh();
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT,
          "UnionCat load (validate+normalize+MariaDB+Lucene): %,d records %6.1f s %,9.0f records/s"
              + " (%.0f%% of bare parsing)%n",
          done.recordsDone(), seconds, done.recordsDone() / seconds,
          100 * (done.recordsDone() / seconds) / (parsed / parseSeconds));
      System.out.printf(Locale.ROOT, "  accepted %,d, refused %,d, searchable %,d%n",
          done.accepted(), done.rejected(), index.count());
    } finally {
      Files.walk(dir).sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    }
  }

  /** Copies of the 2,000 real records, each copy with its own 001, until n records. */
  private static void generate(Path file, int n) throws IOException {
    List<MarcRecord> seeds = new ArrayList<>();
    List<org.unioncat.ingest.marc.MarcFlavour> flavours = new ArrayList<>();
    try (MarcReader r = MarcReaders.open(Fixtures.path("solrmarc/uva_001_2000.mrc"), ReadOptions.detect())) {
      ReadRecord read;
      while ((read = r.next()) != null) {
        if (read.record().isPresent() && !read.hasReadError()) {
          seeds.add(read.record().get());
          flavours.add(read.flavour());
        }
      }
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = 0; i < n; i++) {
        MarcRecord seed = seeds.get(i % seeds.size());
        List<MarcField> fields = new ArrayList<>();
        for (MarcField f : seed.fields()) {
          fields.add(f.tag().equals("001") ? new ControlField("001", "bench" + i) : f);
        }
        out.write(Iso2709Writer.toBytes(new MarcRecord(seed.leader(), fields), flavours.get(i % seeds.size())));
      }
    }
  }

  private static long marc4j(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      MarcStreamReader r = new MarcStreamReader(in, "UTF-8");
      long count = 0;
      while (r.hasNext()) {
        r.next();
        count++;
      }
      return count;
    }
  }
}
