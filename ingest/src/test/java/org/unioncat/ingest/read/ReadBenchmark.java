package org.unioncat.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marc4j.MarcPermissiveStreamReader;
import org.unioncat.ingest.Benchmarks;

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

  public static void main(String[] args) throws Exception {
    long targetMb = args.length > 0 ? Long.parseLong(args[0]) : 200;
    Path file = Benchmarks.repeated("solrmarc/uva_001_2000.mrc", 2000, targetMb);
    try {
      Benchmarks.measure("marc4j MarcStreamReader (no conversion)", file, Benchmarks::marc4jParse);
      Benchmarks.measure(
          "marc4j MarcPermissiveStreamReader(in,true,true)", file, ReadBenchmark::marc4jPermissive);
      Benchmarks.measure("UnionCat reader, 1 thread", file, f -> unioncat(f, 1));
      Benchmarks.measure("UnionCat reader, 2 threads", file, f -> unioncat(f, 2));
    } finally {
      Files.deleteIfExists(file);
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
