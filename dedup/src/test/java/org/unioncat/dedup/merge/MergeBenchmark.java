package org.unioncat.dedup.merge;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.sql.DataSource;
import org.unioncat.dedup.cluster.Cluster;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.ingest.audit.JdbcAuditTrail;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.isbn.Isbn;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.TestDatabases;
import org.unioncat.ingest.write.Iso2709Writer;

/**
 * Merges and undoes {@code N} three-library clusters one by one (a reviewer's pace is far lower:
 * this measures the cost of one merge and one undo, not a bulk path). Each cluster is the
 * Summerland catalog of {@link SummerlandCatalog} with its own title and ISBNs.
 *
 * <p>{@code bench/run org.unioncat.dedup.merge.MergeBenchmark N mariadb|h2} (MariaDB: pass
 * {@code -Dunioncat.test.mysql.url=...} in BENCH_JAVA_OPTS; the database is wiped).
 */
public final class MergeBenchmark {
  private MergeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    String db = args.length > 1 ? args[1] : "h2";
    DataSource ds = TestDatabases.fresh(db);
    SummerlandCatalog catalog = new SummerlandCatalog(ds);
    ByteArrayOutputStream pku = new ByteArrayOutputStream();
    ByteArrayOutputStream thu = new ByteArrayOutputStream();
    ByteArrayOutputStream bnu = new ByteArrayOutputStream();
    for (int i = 0; i < n; i++) {
      Isbn hard = isbn(2 * i);
      Isbn paper = isbn(2 * i + 1);
      String title = "Summerland " + words(i);
      pku.write(Iso2709Writer.toBytes(variant(SummerlandCatalog.pkuVersion(), "P" + i, title,
          DataField.of("020", ' ', ' ', 'a', hard.isbn10().orElseThrow()),
          DataField.of("020", ' ', ' ', 'a', paper.isbn10().orElseThrow() + " (pbk.)")), MarcFlavour.MARC21));
      thu.write(Iso2709Writer.toBytes(variant(SummerlandCatalog.thuVersion(), "T" + i, title,
          DataField.of("020", ' ', ' ', 'a', hard.isbn13())), MarcFlavour.MARC21));
      bnu.write(Iso2709Writer.toBytes(variant(SummerlandCatalog.bnuVersion(), "B" + i, title,
          DataField.of("020", ' ', ' ', 'a', paper.isbn13(), 'q', "pbk.")), MarcFlavour.MARC21));
    }
    catalog.uploadFile(catalog.pku, pku.toByteArray());
    catalog.uploadFile(catalog.thu, thu.toByteArray());
    catalog.uploadFile(catalog.bnu, bnu.toByteArray());
    catalog.dedup();
    DedupStore store = new DedupStore(ds);
    List<Cluster> clusters = store.clusters(store.latestRun().orElseThrow().id());
    System.out.printf("%s: %d records, %d clusters%n", db, 3 * n, clusters.size());
    ClusterMerger merger =
        new ClusterMerger(ds, store, new LibraryStore(ds), new JdbcAuditTrail(ds), MergeIndex.NONE);
    long[] mergeIds = new long[clusters.size()];
    long t0 = System.nanoTime();
    for (int i = 0; i < clusters.size(); i++) {
      mergeIds[i] = merger.merge(clusters.get(i).id(), null, "bench").mergeId();
    }
    long t1 = System.nanoTime();
    for (long id : mergeIds) {
      merger.undo(id, "bench");
    }
    long t2 = System.nanoTime();
    System.out.printf("merge: %.1f ms per cluster (%.0f/s); undo: %.1f ms per merge (%.0f/s)%n",
        (t1 - t0) / 1e6 / clusters.size(), clusters.size() / ((t1 - t0) / 1e9),
        (t2 - t1) / 1e6 / clusters.size(), clusters.size() / ((t2 - t1) / 1e9));
  }

  private static MarcRecord variant(MarcRecord base, String localId, String title, DataField... isbns) {
    return SummerlandCatalog.edit(base, fields -> {
      fields.removeIf(f -> f.tag().equals("001") || f.tag().equals("020") || f.tag().equals("245"));
      fields.add(0, new ControlField("001", localId));
      for (DataField f : isbns) {
        SummerlandCatalog.add(fields, f);
      }
      SummerlandCatalog.add(fields, DataField.of("245", '1', '0', 'a', title + " /", 'c', "Michael Chabon."));
      return fields;
    });
  }

  /** Distinct valid 978 ISBNs. */
  private static Isbn isbn(int i) {
    String nine = String.format("07868%04d", i);
    return Isbn.parse(nine + check10(nine)).orElseThrow();
  }

  private static char check10(String nine) {
    int sum = 0;
    for (int k = 0; k < 9; k++) {
      sum += (10 - k) * (nine.charAt(k) - '0');
    }
    int c = (11 - sum % 11) % 11;
    return c == 10 ? 'X' : (char) ('0' + c);
  }

  /** A title word per number, so that titles differ by more than a number (not volumes). */
  private static String words(int i) {
    String[] w = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"};
    StringBuilder s = new StringBuilder();
    int x = i;
    do {
      s.append(w[x % 10]).append(' ');
      x /= 10;
    } while (x > 0);
    return s.toString().trim();
  }
}
