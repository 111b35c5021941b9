package org.unioncat.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.marc4j.MarcPermissiveStreamReader;
import org.marc4j.MarcStreamReader;
import org.unioncat.ingest.Fixtures;

/**
 * Reading throughput on a large ISO 2709 file made by repeating {@code solrmarc/uva_001_2000.mrc}
 * (2,000 records of about 1.1 KB, mostly MARC-8). Not a test: run it by hand (see
 * docs/reading.md), with {@code -Xmx256m} to show that memory stays constant.
 *
 * <p>Arguments: target size in MB (default 200). Prints records/s and peak heap for bare marc4j
 * {@code MarcStreamReader} (no conversion), marc4j {@code MarcPermissiveStreamReader(in, true,
 * true)} (MARC-8 conversion), and UnionCat's reader on 1 and 2 decoding threads.
 */
public final class ReadBenchmark {
  private ReadBenchmark() {}

  /** One run: how many records, in how long. */
  private interface Run {
    long read(Path file) throws IOException;
  }

  public static void main(String[] args) throws Exception {
    long targetMb = args.length > 0 ? Long.parseLong(args[0]) : 200;
    Path dir = Files.createTempDirectory("unioncat-bench");
    Path file = dir.resolve("uva-repeated.mrc");
    try {
      byte[] sample = Files.readAllBytes(Fixtures.path("solrmarc/uva_001_2000.mrc"));
      long copies = Math.max(1, targetMb * 1024 * 1024 / sample.length);
      try (OutputStream out = Files.newOutputStream(file)) {
        for (long i = 0; i < copies; i++) {
          out.write(sample);
        }
      }
      System.out.printf(Locale.ROOT, "file: %,d bytes, %,d records; %d processors; max heap %d MB%n",
          Files.size(file), copies * 2000, Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      measure("marc4j MarcStreamReader (no conversion)", file, ReadBenchmark::marc4jStrict);
      measure("marc4j MarcPermissiveStreamReader(in,true,true)", file,
          ReadBenchmark::marc4jPermissive);
      measure("UnionCat reader, 1 thread", file, f -> unioncat(f, 1));
      measure("UnionCat reader, 2 threads", file, f -> unioncat(f, 2));
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private static void measure(String label, Path file, Run run) throws IOException {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    long records = run.read(file);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "%-50s %,10d records %7.1f s %,9.0f records/s  peak heap %4d MB%n",
        label, records, seconds, records / seconds, peak >> 20);
  }

  private static long marc4jStrict(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      MarcStreamReader r = new MarcStreamReader(in);
      long n = 0;
      while (r.hasNext()) {
        r.next();
        n++;
      }
      return n;
    }
  }

  private static long marc4jPermissive(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      MarcPermissiveStreamReader r = new MarcPermissiveStreamReader(in, true, true);
      long n = 0;
      while (r.hasNext()) {
        r.next();
        n++;
      }
      return n;
    }
  }

  private static long unioncat(Path file, int threads) throws IOException {
    try (MarcReader r = MarcReaders.open(file, ReadOptions.detect().withThreads(threads))) {
      long n = 0;
      while (r.next() != null) {
        n++;
      }
      return n;
    }
  }
}
