package org.unioncat.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the benchmark programs share: a large input made by repeating a real fixture, and a
 * measurement that prints records/s and peak heap. Benchmarks are programs, not tests: run them
 * with {@code bench/run CLASS [ARGS]} (see docs/benchmarks.md).
 */
public final class Benchmarks {
  private Benchmarks() {}

  /** One measured run: returns the number of records handled. */
  public interface Run {
    long run(Path file) throws IOException;
  }

  /**
   * A temp file of about {@code targetMb} MB made of copies of a fixture; the caller deletes it.
   * Prints its size, record count and the machine.
   */
  public static Path repeated(String fixture, int recordsPerCopy, long targetMb)
      throws IOException {
    Path file = Files.createTempFile("unioncat-bench", ".mrc");
    byte[] sample = Files.readAllBytes(Fixtures.path(fixture));
    long copies = Math.max(1, targetMb * 1024 * 1024 / sample.length);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long i = 0; i < copies; i++) {
        out.write(sample);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "file: %s x %,d = %,d bytes, %,d records; %d processors; max heap %d MB%n",
        fixture,
        copies,
        Files.size(file),
        copies * recordsPerCopy,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    return file;
  }

  /** Bare marc4j parsing, no character conversion: the baseline every benchmark prints. */
  public static long marc4jParse(Path file) throws IOException {
    try (java.io.InputStream in =
        new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      org.marc4j.MarcStreamReader r = new org.marc4j.MarcStreamReader(in);
      long n = 0;
      while (r.hasNext()) {
        r.next();
        n++;
      }
      return n;
    }
  }

  /** Runs once and prints "label  records  seconds  records/s  peak heap". */
  public static double measure(String label, Path file, Run run) throws IOException {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    long records = run.run(file);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-50s %,10d records %7.1f s %,9.0f records/s  peak heap %4d MB%n",
        label,
        records,
        seconds,
        records / seconds,
        peak >> 20);
    return records / seconds;
  }
}
