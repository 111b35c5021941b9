package org.unioncat.dedup.merge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.unioncat.config.LibrarySettings;
import org.unioncat.dedup.compare.RecordComparator;
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
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.read.ReadRecord;
import org.unioncat.ingest.store.BatchStore;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.UploadBatch;
import org.unioncat.ingest.write.Iso2709Writer;

/**
 * A small catalog built from a real record (Library of Congress, Chabon's "Summerland", marc4j's
 * chabon.mrc: hardcover ISBN 0786808772 and paperback 0786816155) as three member libraries
 * catalogued it:
 *
 * <ul>
 *   <li>PKU: the record as LC made it (both ISBNs in their ISBN-10 form), the series in a note
 *       (500 "(Summerland trilogy ; v. 1)"), one holding;
 *   <li>THU: the hardcover ISBN in its ISBN-13 form only, two holdings under two call numbers;
 *   <li>BNU: the paperback ISBN in its ISBN-13 form only ($q pbk.), the series in 490, one
 *       holding.
 * </ul>
 */
final class SummerlandCatalog {
  /** The fixtures, from the module (tests) or from the repository root (bench/run). */
  static final Path MARC = java.nio.file.Files.isDirectory(Path.of("..", "ingest", "src", "test", "resources", "marc"))
      ? Path.of("..", "ingest", "src", "test", "resources", "marc")
      : Path.of("ingest", "src", "test", "resources", "marc");

  final DataSource ds;
  final MemberLibrary pku;
  final MemberLibrary thu;
  final MemberLibrary bnu;

  SummerlandCatalog(DataSource ds) {
    this.ds = ds;
    LibraryStore libraries = new LibraryStore(ds);
    pku = libraries.add(LibrarySettings.withDefaults("PKU", "Peking University Library"));
    thu = libraries.add(LibrarySettings.withDefaults("THU", "Tsinghua University Library"));
    bnu = libraries.add(LibrarySettings.withDefaults("BNU", "Beijing Normal University Library"));
  }

  /** The real record. */
  static MarcRecord summerland() {
    try (MarcReader reader = MarcReaders.open(MARC.resolve("marc4j/chabon.mrc"), ReadOptions.detect())) {
      reader.next();
      ReadRecord second = reader.next();
      return second.record().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MarcRecord pkuVersion() {
    return edit(summerland(), fields -> {
      add(fields, DataField.of("500", ' ', ' ', 'a', "(Summerland trilogy ; v. 1)"));
      add(fields, DataField.of("852", ' ', ' ', 'a', "PKU", 'h', "I712.45", 'i', "C431", 'p', "P0001"));
      return fields;
    });
  }

  static MarcRecord thuVersion() {
    return edit(summerland(), fields -> {
      fields.removeIf(f -> f.tag().equals("020"));
      add(fields, DataField.of("020", ' ', ' ', 'a', "9780786808779"));
      add(fields, DataField.of("852", ' ', ' ', 'a', "THU", 'h', "813.54", 'i', "C431s", 'p', "T0001"));
      add(fields, DataField.of("852", ' ', ' ', 'a', "THU", 'h', "PZ7.C3315", 'i', "Su 2002", 'p', "T0002"));
      return fields;
    });
  }

  static MarcRecord bnuVersion() {
    return edit(summerland(), fields -> {
      fields.removeIf(f -> f.tag().equals("020"));
      add(fields, DataField.of("020", ' ', ' ', 'a', "9780786816156", 'q', "pbk."));
      add(fields, DataField.of("490", '1', ' ', 'a', "Summerland trilogy ;", 'v', "v. 1"));
      add(fields, DataField.of("852", ' ', ' ', 'a', "BNU", 'h', "I712.45/C43", 'p', "B0001"));
      return fields;
    });
  }

  /** Loads one record for the library, as an upload of one ISO 2709 file; returns the batch. */
  UploadBatch upload(MemberLibrary library, MarcRecord record) {
    return uploadFile(library, Iso2709Writer.toBytes(record, MarcFlavour.MARC21));
  }

  /** Loads an ISO 2709 file for the library; returns the batch. */
  UploadBatch uploadFile(MemberLibrary library, byte[] file) {
    try {
      UploadBatch batch = new BatchStore(ds).create(
          library, "vendor-" + library.code().value().toLowerCase(java.util.Locale.ROOT),
          library.code().value() + ".mrc", file.length, ContentHash.of(file));
      return new BatchLoader(ds, CatalogIndexer.NONE, 50, 1)
          .load(batch.id(), library, () -> new ByteArrayInputStream(file), ReadOptions.detect(),
              LoadProgress.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void loadAll() {
    upload(pku, pkuVersion());
    upload(thu, thuVersion());
    upload(bnu, bnuVersion());
  }

  CatalogDeduplication.StoredResult dedup() {
    return new CatalogDeduplication(
            new CatalogDedupRecords(new CatalogQueries(ds)), new DedupStore(ds),
            new Deduplicator(new RecordComparator(), DedupConfig.defaults().withThreads(1)))
        .run(ProgressListener.NONE);
  }

  static MarcRecord edit(MarcRecord r, UnaryOperator<List<MarcField>> change) {
    return new MarcRecord(r.leader(), change.apply(new ArrayList<>(r.fields())));
  }

  /** Adds the field in tag order (after the last field with a tag not above its own). */
  static void add(List<MarcField> fields, MarcField field) {
    int at = fields.size();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).tag().compareTo(field.tag()) > 0) {
        at = i;
        break;
      }
    }
    fields.add(at, field);
  }
}
