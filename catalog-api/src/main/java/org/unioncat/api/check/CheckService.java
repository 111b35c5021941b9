package org.unioncat.api.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.unioncat.config.LibrarySettings;
import org.unioncat.dedup.DedupRecord;
import org.unioncat.dedup.compare.Comparison;
import org.unioncat.dedup.compare.RecordComparator;
import org.unioncat.dedup.compare.Verdict;
import org.unioncat.dedup.run.DedupRecords;
import org.unioncat.dedup.store.CatalogDedupRecords;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingMessages;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.index.InvalidQueryException;
import org.unioncat.ingest.index.SearchHit;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.isbn.Isbn;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.validate.RecordValidator;
import org.unioncat.ingest.validate.ValidatedRecord;
import org.unioncat.ingest.validate.ValidatingReader;
import org.unioncat.ingest.validate.ValidationContext;

/**
 * The pre-upload check for vendors and catalogers: reads a file (one record or many), validates
 * each record and looks in the union catalog for the records it would duplicate — candidates from
 * the index by ISBN (both forms) and title words, then the matcher's field-by-field comparison.
 * Nothing is stored. At most {@link #MAX_RECORDS} records are checked per request; the rest are
 * counted, so a vendor sends large batches in parts.
 */
@Service
public class CheckService {
  static final int MAX_RECORDS = 5_000;
  private static final int CANDIDATES = 10;
  /** Records whose candidates are read from the database together. */
  private static final int WINDOW = 100;
  private final CatalogIndex index;
  private final CatalogDedupRecords catalogRecords;
  private final RecordComparator comparator;

  CheckService(CatalogIndex index, CatalogDedupRecords catalogRecords, RecordComparator comparator) {
    this.index = index;
    this.catalogRecords = catalogRecords;
    this.comparator = comparator;
  }

  /** Checks the records of {@code content}, which this method reads to the end and closes. */
  public CheckReport check(
      InputStream content, Optional<LibrarySettings> library, ReadOptions options)
      throws IOException {
    RecordValidator validator = new RecordValidator(new ValidationContext(library));
    List<CheckReport.RecordCheck> checked = new ArrayList<>();
    List<Pending> window = new ArrayList<>(WINDOW);
    long read = 0;
    try (ValidatingReader records =
        new ValidatingReader(MarcReaders.open(content, options.withThreads(1)), validator, 1)) {
      ValidatedRecord v;
      while ((v = records.next()) != null) {
        read++;
        if (checked.size() + window.size() >= MAX_RECORDS) {
          continue; // counted in records_read, not checked: the report says so
        }
        window.add(new Pending(v, v.normalized().map(this::hitsOf).orElse(List.of())));
        if (window.size() == WINDOW) {
          compareWindow(window, checked);
        }
      }
    }
    compareWindow(window, checked);
    long withErrors = checked.stream().filter(CheckReport.RecordCheck::wouldBeRefused).count();
    long withDuplicates = checked.stream().filter(c -> !c.duplicates().isEmpty()).count();
    return new CheckReport(read, checked.size(), withErrors, withDuplicates, checked);
  }

  /** A checked record waiting for its candidates to be read with those of its neighbours. */
  private record Pending(ValidatedRecord record, List<SearchHit> hits) {}

  /**
   * Reads the candidates of a window of records in two queries (records, holdings) instead of
   * two per candidate, compares, and empties the window.
   */
  private void compareWindow(List<Pending> window, List<CheckReport.RecordCheck> checked) {
    Set<Long> ids = new LinkedHashSet<>();
    window.forEach(p -> p.hits().forEach(h -> ids.add(h.recordId())));
    // Only ACTIVE records: one merged or deleted since the index last refreshed is no candidate.
    Map<Long, DedupRecord> stored = catalogRecords.active(ids);
    for (Pending p : window) {
      ValidatedRecord v = p.record();
      checked.add(
          new CheckReport.RecordCheck(
              v.read().ordinal(),
              v.read().localId().orElse(null),
              v.normalized().map(n -> n.title().titleProper()).orElse(null),
              v.hasError(),
              v.findings().stream().map(CheckService::finding).toList(),
              v.normalized().map(n -> duplicatesOf(n, p.hits(), stored)).orElse(List.of())));
    }
    window.clear();
  }

  /** Index hits for a record's ISBNs and title words: the candidates to compare it with. */
  private List<SearchHit> hitsOf(NormalizedRecord n) {
    String query = candidateQuery(n);
    if (query.isEmpty()) {
      return List.of();
    }
    try {
      return index.search(query, 0, CANDIDATES).hits();
    } catch (InvalidQueryException e) {
      return List.of(); // a title the query language cannot express: no candidates by title
    }
  }

  /** Catalog records this record would duplicate (DUPLICATE or POSSIBLE), best first. */
  private List<CheckReport.Duplicate> duplicatesOf(
      NormalizedRecord n, List<SearchHit> hits, Map<Long, DedupRecord> stored) {
    // The checked record is not in the catalog: id -1 keeps it apart from every stored id.
    DedupRecord incoming = DedupRecords.of(-1, "CHECK", n);
    List<CheckReport.Duplicate> out = new ArrayList<>();
    for (SearchHit hit : hits) {
      DedupRecord s = stored.get(hit.recordId());
      if (s == null) {
        continue;
      }
      Comparison c = comparator.compare(incoming, s);
      if (c.verdict() == Verdict.DUPLICATE || c.verdict() == Verdict.POSSIBLE) {
        out.add(
            new CheckReport.Duplicate(
                s.id(),
                s.library(),
                s.localId(),
                hit.title(),
                c.verdict().name().toLowerCase(Locale.ROOT),
                Math.round(c.score() * 1000) / 1000.0,
                c.cause().map(k -> k.number()).orElse(null),
                c.explanationEn(),
                c.explanationZh()));
      }
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }

  /** {@code isbn:A OR isbn:B OR title:(w1 w2 ...)}, from what the record has. */
  static String candidateQuery(NormalizedRecord n) {
    Set<String> clauses = new LinkedHashSet<>();
    for (Isbn isbn : n.isbns().valid()) {
      clauses.add("isbn:" + isbn.isbn13());
    }
    String title = n.title().titleProper() == null ? "" : n.title().titleProper();
    // Keep letters and digits only: the title becomes plain words, never query syntax.
    String words = title.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    String[] parts = words.isEmpty() ? new String[0] : words.split(" ");
    if (parts.length > 0) {
      StringBuilder t = new StringBuilder("title:(");
      for (int i = 0; i < Math.min(parts.length, 8); i++) {
        t.append(i == 0 ? "" : " ").append(parts[i]);
      }
      clauses.add(t.append(')').toString());
    }
    return String.join(" OR ", clauses);
  }

  private static CheckReport.CheckedFinding finding(Finding f) {
    return new CheckReport.CheckedFinding(
        f.severity().label(),
        f.code().name(),
        f.fieldRef(),
        f.message(Locale.ENGLISH),
        f.message(FindingMessages.CHINESE));
  }
}
