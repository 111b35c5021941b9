package org.unioncat.ingest.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.unioncat.ingest.Benchmarks;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.normalize.Normalizer;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;

/**
 * Throughput of what {@code unioncat validate} does per record — read, decode, normalize,
 * validate — beside bare marc4j parsing of the same file. Input: {@code
 * solrmarc/uva_001_2000.mrc} repeated to the size given in MB (default 100). Not a test: run with
 * {@code bench/run org.unioncat.ingest.validate.ValidateBenchmark [MB]}.
 */
public final class ValidateBenchmark {
  private ValidateBenchmark() {}

  public static void main(String[] args) throws Exception {
    long targetMb = args.length > 0 ? Long.parseLong(args[0]) : 100;
    Path file = Benchmarks.repeated("solrmarc/uva_001_2000.mrc", 2000, targetMb);
    try {
      // Warm up the JIT on a first pass so the figures measure steady state.
      validate(file, 2);
      Benchmarks.measure("marc4j MarcStreamReader (parse only)", file, Benchmarks::marc4jParse);
      Benchmarks.measure("UnionCat normalize only (decoded records), 1 thread", file,
          ValidateBenchmark::normalizeOnly);
      Benchmarks.measure("UnionCat read+normalize+validate, 1 thread", file, f -> validate(f, 1));
      Benchmarks.measure("UnionCat read+normalize+validate, 2 threads", file, f -> validate(f, 2));
    } finally {
      Files.deleteIfExists(file);
    }
  }


  /**
   * Normalization alone: the 2,000 sample records are decoded once (a small part of the time),
   * then normalized as many times as the file holds records.
   */
  private static long normalizeOnly(Path file) throws IOException {
    java.util.List<org.unioncat.ingest.read.ReadRecord> decoded = new java.util.ArrayList<>();
    try (org.unioncat.ingest.read.MarcReader r =
        MarcReaders.open(Fixtures.path("solrmarc/uva_001_2000.mrc"), ReadOptions.detect())) {
      org.unioncat.ingest.read.ReadRecord read;
      while ((read = r.next()) != null) {
        if (read.record().isPresent()) {
          decoded.add(read);
        }
      }
    }
    Normalizer normalizer = Normalizer.withDefaultHoldings();
    long n = 0;
    long target = Files.size(file) / Files.size(Fixtures.path("solrmarc/uva_001_2000.mrc")) * 2000;
    while (n < target) {
      for (org.unioncat.ingest.read.ReadRecord read : decoded) {
        normalizer.normalize(read.record().get(), read.flavour());
        n++;
      }
    }
    return n;
  }

  private static long validate(Path file, int threads) throws IOException {
    ReadOptions options = ReadOptions.detect().withThreads(threads);
    RecordValidator validator = new RecordValidator(ValidationContext.noLibrary());
    try (ValidatingReader r =
        new ValidatingReader(MarcReaders.open(file, options), validator, threads)) {
      long n = 0;
      while (r.next() != null) {
        n++;
      }
      return n;
    }
  }
}
