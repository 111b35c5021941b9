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
 * {@code -Dbench.url=jdbc:mysql://...} another database URL (parameters appended; the database it
 * names is created and wiped),
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
      // the database named in the URL, so that -Dbench.url=.../other_db never touches unioncat_bench
      s.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName(URL) + "` CHARACTER SET utf8mb4");
    }
    // One connection kept open, as a pool would (the service uses HikariCP): no connect per chunk,
    // and the server's CPU for this load can be read from that connection's thread.
    OneConnection ds = new OneConnection(
        new org.unioncat.ingest.store.TestDatabases.SimpleDataSource(URL, "root", "").getConnection());
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
      CpuMeter cpu = new CpuMeter(ds.serverThreadId());
      java.util.Map<String, Long> statusBefore = innodbStatus(ds);
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
      System.out.println("  " + cpu.report(done.recordsDone(), seconds));
      java.util.Map<String, Long> statusAfter = innodbStatus(ds);
      StringBuilder deltas = new StringBuilder("  InnoDB during the load (whole server):");
      statusBefore.forEach((k, v) -> deltas.append(' ').append(k).append('=')
          .append(String.format(Locale.ROOT, "%,d", statusAfter.get(k) - v)));
      System.out.println(deltas);
    } finally {
      Files.walk(dir).sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    }
  }

  /**
   * CPU spent during the load by this JVM and by the database server (when it runs on this
   * machine and /proc shows it), and the load average: on a shared machine the CPU time per record
   * says more than the wall time, and 2 cores / (CPU per record) is the rate an idle machine
   * could at best reach.
   */
  static final class CpuMeter {
    private static final double TICKS_PER_SECOND = 100; // Linux USER_HZ
    private final long jvmStart = jvmCpuNanos();
    private final long serverPid = serverPid();
    private final long threadId;
    private final double serverStart;
    private final double threadStart;
    private final String loadBefore = loadAverage();

    CpuMeter(long serverThreadId) {
      threadId = serverThreadId;
      serverStart = cpuSeconds("/proc/" + serverPid + "/stat");
      threadStart = cpuSeconds("/proc/" + serverPid + "/task/" + threadId + "/stat");
    }

    String report(long records, double seconds) {
      double jvm = (jvmCpuNanos() - jvmStart) / 1e9;
      double server = cpuSeconds("/proc/" + serverPid + "/stat") - serverStart;
      double thread = cpuSeconds("/proc/" + serverPid + "/task/" + threadId + "/stat") - threadStart;
      return String.format(Locale.ROOT,
          "CPU: JVM %.1f s (%.0f us/record); database server thread of this load %.1f s"
              + " (%.0f us/record), whole server %.1f s (%.0f us/record, includes other clients and"
              + " InnoDB background work); JVM + this load's server thread %.0f us/record = at most"
              + " %,.0f records/s on 2 idle cores; wall %.1f s; load average before %s, after %s",
          jvm, jvm * 1e6 / records, thread, thread * 1e6 / records, server,
          server * 1e6 / records, (jvm + thread) * 1e6 / records, 2 * records / (jvm + thread),
          seconds, loadBefore, loadAverage());
    }

    private static long jvmCpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    private static long serverPid() {
      return ProcessHandle.allProcesses()
          .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld"))
              .orElse(false))
          .mapToLong(ProcessHandle::pid)
          .findFirst()
          .orElse(-1);
    }

    private static double cpuSeconds(String statFile) {
      try {
        String stat = Files.readString(Path.of(statFile));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields 14 and 15 of /proc/PID/stat (utime, stime) are 12 and 13 after "(comm) "
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
      } catch (IOException | RuntimeException e) {
        return 0;
      }
    }

    private static String loadAverage() {
      try {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
      } catch (IOException e) {
        return "?";
      }
    }
  }

  /**
   * Server counters that say whether the buffer pool or the log is what the load waits for:
   * waits for a free page (buffer pool too small for the write rate), log waits and fsyncs.
   */
  private static java.util.Map<String, Long> innodbStatus(DataSource ds) throws java.sql.SQLException {
    java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery(
            "SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_buffer_pool_wait_free',"
                + " 'Innodb_log_waits', 'Innodb_data_fsyncs', 'Innodb_os_log_fsyncs',"
                + " 'Innodb_data_written', 'Innodb_buffer_pool_pages_flushed',"
                + " 'Innodb_buffer_pool_reads')")) {
      while (rs.next()) {
        out.put(rs.getString(1), Long.parseLong(rs.getString(2)));
      }
    }
    return out;
  }

  /**
   * A DataSource over one open connection whose close() only ends its transaction, like a pool of
   * one. Knows the server's OS thread for the connection (MariaDB's PROCESSLIST.TID).
   */
  static final class OneConnection implements DataSource {
    private final Connection connection;
    private final Connection handle;

    OneConnection(Connection connection) {
      this.connection = connection;
      this.handle =
          (Connection)
              java.lang.reflect.Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                      if (!connection.getAutoCommit()) {
                        connection.rollback();
                        connection.setAutoCommit(true);
                      }
                      return null;
                    }
                    try {
                      return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
    }

    @Override
    public Connection getConnection() {
      return handle;
    }

    @Override
    public Connection getConnection(String user, String password) {
      return handle;
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      return java.util.logging.Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws java.sql.SQLException {
      throw new java.sql.SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }

    long serverThreadId() throws java.sql.SQLException {
      try (Statement s = connection.createStatement();
          java.sql.ResultSet rs = s.executeQuery(
              "SELECT TID FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()")) {
        return rs.next() ? rs.getLong(1) : -1;
      } catch (java.sql.SQLException e) {
        return -1; // MySQL has no TID column
      }
    }
  }

  /** The database of a {@code jdbc:mysql://host:port/NAME?...} URL. */
  static String databaseName(String url) {
    String afterHost = url.substring(url.indexOf("//") + 2);
    String path = afterHost.substring(afterHost.indexOf('/') + 1);
    int query = path.indexOf('?');
    String name = query < 0 ? path : path.substring(0, query);
    if (!name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("bench.url must name a database: " + url);
    }
    return name;
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
