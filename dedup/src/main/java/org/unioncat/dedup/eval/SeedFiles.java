package org.unioncat.dedup.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.read.ReadRecord;
import org.unioncat.ingest.read.UnreadableInputException;

/**
 * Reads seed records for the generator from real MARC files (any container and character set
 * UnionCat reads). Records that could not be read cleanly, deletions and records of unknown
 * flavour are left out: a seed must be a good record, or the truth built on it would be wrong.
 * The generator itself drops seeds without a title and repeats of an earlier seed.
 */
public final class SeedFiles {
  private SeedFiles() {}

  public static List<SeedRecord> read(List<Path> files) throws IOException {
    List<SeedRecord> seeds = new ArrayList<>();
    for (Path file : files) {
      try (MarcReader reader = MarcReaders.open(file, ReadOptions.detect().withThreads(1))) {
        ReadRecord read;
        while ((read = reader.next()) != null) {
          if (read.record().isEmpty()
              || read.hasReadError()
              || read.record().get().leader().isDeleted()
              || read.flavour() == MarcFlavour.UNKNOWN) {
            continue;
          }
          seeds.add(new SeedRecord(read.record().get(), read.flavour()));
        }
      } catch (UnreadableInputException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      }
    }
    return seeds;
  }
}
