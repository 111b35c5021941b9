package org.unioncat.dedup.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.read.ReadRecord;

/**
 * Real records from the project's own fixture files (catmandu's bu_bibs.mrc bundled as the demo
 * sample, solrmarc/marc4j test records, the dp2 CNMARC and MARCXML samples), read with the
 * production readers, so that the independent variants start from what libraries really send.
 */
final class Fixtures {
  /** A fixture record with the flavour it was read as. */
  record Real(MarcRecord record, MarcFlavour flavour) {}

  private static final Map<String, Map<String, Real>> FILES = new LinkedHashMap<>();

  private Fixtures() {}

  /** The record with this 001 in the file (path relative to the repository root). */
  static synchronized Real byLocalId(String file, String localId) {
    Real r = read(file).get(localId);
    if (r == null) {
      throw new IllegalArgumentException("no record " + localId + " in " + file);
    }
    return r;
  }

  /** Every readable record of the file, by 001 in file order. */
  static synchronized Map<String, Real> read(String file) {
    return FILES.computeIfAbsent(file, Fixtures::load);
  }

  private static Map<String, Real> load(String file) {
    Path path = root().resolve(file);
    Map<String, Real> out = new LinkedHashMap<>();
    try (MarcReader reader = MarcReaders.open(path, ReadOptions.detect())) {
      ReadRecord r;
      while ((r = reader.next()) != null) {
        if (r.record().isPresent() && r.localId().isPresent()) {
          out.putIfAbsent(r.localId().get().strip(), new Real(r.record().get(), r.flavour()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The repository root: tests run in the module directory. */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("ingest/src/test/resources/marc"))) {
        return p;
      }
    }
    throw new IllegalStateException("repository root not found above " + here);
  }

  static List<String> files() {
    return new ArrayList<>(FILES.keySet());
  }
}
