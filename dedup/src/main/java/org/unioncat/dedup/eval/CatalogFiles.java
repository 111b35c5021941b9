package org.unioncat.dedup.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.run.DedupRecords;
import org.unioncat.ingest.normalize.Normalizer;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.read.ReadRecord;

/**
 * Reads a labelled catalog's files as the detector sees them: one file per library, named after
 * the library ({@code LIB01.mrc} → library LIB01), every readable record normalized with the
 * default holdings mappings, ids 1, 2, ... in file order. Unreadable records are left out (they
 * would be quarantined at upload) and counted.
 */
public final class CatalogFiles {
  private CatalogFiles() {}

  /** The records and how many could not be read. */
  public record Loaded(List<DedupRecord> records, int unreadable) {}

  public static Loaded read(List<Path> files) throws IOException {
    Normalizer normalizer = Normalizer.withDefaultHoldings();
    List<DedupRecord> out = new ArrayList<>();
    int unreadable = 0;
    long id = 1;
    for (Path file : files) {
      String name = file.getFileName().toString();
      int dot = name.indexOf('.');
      String library = (dot > 0 ? name.substring(0, dot) : name).toUpperCase(Locale.ROOT);
      try (MarcReader reader = MarcReaders.open(file, ReadOptions.detect())) {
        ReadRecord read;
        while ((read = reader.next()) != null) {
          if (read.record().isEmpty() || read.hasReadError()) {
            unreadable++;
            continue;
          }
          out.add(
              DedupRecords.of(id++, library, normalizer.normalize(read.record().get(), read.flavour())));
        }
      }
    }
    return new Loaded(out, unreadable);
  }
}
