package org.unioncat.batch.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.unioncat.config.LibraryCode;
import org.unioncat.config.LibrarySettings;
import org.unioncat.dedup.compare.RecordComparator;
import org.unioncat.dedup.eval.BuiltInSeeds;
import org.unioncat.dedup.eval.CatalogGenerator;
import org.unioncat.dedup.eval.GeneratedCatalog;
import org.unioncat.dedup.eval.GeneratorConfig;
import org.unioncat.dedup.eval.SeedFiles;
import org.unioncat.dedup.eval.SeedRecord;
import org.unioncat.dedup.run.DedupConfig;
import org.unioncat.dedup.run.Deduplicator;
import org.unioncat.dedup.run.ProgressListener;
import org.unioncat.dedup.store.CatalogDedupRecords;
import org.unioncat.dedup.store.CatalogDeduplication;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.ingest.load.BatchLoader;
import org.unioncat.ingest.load.CatalogIndexer;
import org.unioncat.ingest.load.ContentHash;
import org.unioncat.ingest.load.LoadProgress;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.store.BatchStore;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;

/**
 * A generated, labelled catalog loaded into a test database through the real upload pipeline
 * (one upload per library, by "tester-LIBnn"), ready for duplicate detection runs. LIB02 reads
 * its reports in Chinese.
 */
final class GeneratedCatalogFixture {
  private static final Path MARC = Path.of("..", "ingest", "src", "test", "resources", "marc");

  final DataSource ds;
  final GeneratedCatalog catalog;

  GeneratedCatalogFixture(DataSource ds, long seed, int cases) throws IOException {
    this.ds = ds;
    List<SeedRecord> seeds = new ArrayList<>(SeedFiles.read(List.of(
        MARC.resolve("solrmarc/uva_001_2000.mrc"),
        MARC.resolve("catmandu/bu_bibs.mrc"),
        MARC.resolve("dp2/sample_cnmarcxml.xml"),
        MARC.resolve("dp2/sample_marcxml.xml"))));
    seeds.addAll(BuiltInSeeds.all());
    catalog = CatalogGenerator.generate(seeds, GeneratorConfig.defaults(seed, cases));
    LibraryStore libraries = new LibraryStore(ds);
    for (String code : catalog.recordsByLibrary().keySet()) {
      Locale lang = code.equals("LIB02") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      MemberLibrary library = libraries.add(new LibrarySettings(
          LibraryCode.of(code), "Library " + code, lang, List.of(), Set.of()));
      byte[] file = catalog.iso2709(code);
      var batch = new BatchStore(ds).create(
          library, "tester-" + code, code + ".mrc", file.length, ContentHash.of(file));
      new BatchLoader(ds, CatalogIndexer.NONE, 200, 2).load(batch.id(), library,
          () -> new ByteArrayInputStream(file), ReadOptions.detect(), LoadProgress.NONE);
    }
  }

  /** Runs duplicate detection over the stored catalog and stores the run; returns its id. */
  long dedupRun() {
    return new CatalogDeduplication(
            new CatalogDedupRecords(new CatalogQueries(ds)), new DedupStore(ds),
            new Deduplicator(new RecordComparator(), DedupConfig.defaults().withThreads(2)))
        .run(ProgressListener.NONE)
        .runId();
  }
}
