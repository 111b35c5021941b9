package org.unioncat.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unioncat.ingest.normalize.NormalizedRecord;

/**
 * Guards the ranking against changes made for indexing speed: real fixtures (2,000 University of
 * Virginia records, CNMARC from dp2, an OCLC record with 880s) are indexed and a fixed set of
 * queries must return exactly the totals, record ids, order and scores recorded in {@code
 * index/relevance-golden.txt} (written by the index code before the analyze-once change, see
 * docs/search.md). A deliberate ranking change must regenerate the file: run with {@code
 * -Dunioncat.relevance.write=PATH} and review the diff.
 */
class RelevanceRegressionTest {
  private static final String GOLDEN = "/index/relevance-golden.txt";
  private static final List<String> QUERIES =
      List.of(
          "history",
          "united states",
          "\"united states\"",
          "title:\"united states\"",
          "title:history",
          "author:smith",
          "author:jefferson",
          "publisher:press",
          "publisher:\"university press\"",
          "series:studies",
          "virginia",
          "war OR peace",
          "history year:[1900 TO 1999]",
          "poems NOT author:smith",
          "hist*",
          "0960764216",
          "isbn:0960764216",
          "发展",
          "title:發展",
          "中国",
          "报告 year:1994",
          "library:BNU",
          "*");

  @TempDir Path dir;

  @Test
  void fixtureQueriesRankExactlyAsRecorded() throws IOException {
    String actual = results();
    String out = System.getProperty("unioncat.relevance.write");
    if (out != null) {
      Files.writeString(Path.of(out), actual);
    }
    assertThat(actual).isEqualTo(golden());
  }

  /**
   * The largest query the limits let through still runs on real records: free text is expanded
   * over five fields after the limits are checked (FreeTextQueries), and must stay within what
   * Lucene accepts (1,024 clauses; a prefix's 100 terms in five fields are one CombinedFieldQuery).
   */
  @Test
  void theLargestAllowedFreeTextQueryRuns() throws IOException {
    List<IndexedRecord> records = new ArrayList<>();
    add(records, "solrmarc/uva_001_2000.mrc", "UVA");
    StringBuilder query = new StringBuilder("his* OR pre* OR sta* OR uni* OR con*");
    String[] words = {"history", "war", "press", "state", "law", "music", "art", "life", "new"};
    for (int i = 0; query.length() < 900 && i < 97; i++) {
      query.append(" OR ").append(words[i % words.length]);
    }
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      index.index(records);
      index.refresh();
      assertThat(index.search(query.toString(), 0, 20).total()).isGreaterThan(1_000);
    }
  }

  private String results() {
    List<IndexedRecord> records = new ArrayList<>();
    add(records, "solrmarc/uva_001_2000.mrc", "UVA");
    add(records, "dp2/sample_cnmarcxml.xml", "BNU");
    StringBuilder out = new StringBuilder();
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      // Two chunks with a refresh between: more than one segment, as in a real load.
      int half = records.size() / 2;
      index.index(records.subList(0, half));
      index.refresh();
      index.index(records.subList(half, records.size()));
      index.refresh();
      for (String q : QUERIES) {
        SearchResult result = index.search(q, 0, 20);
        out.append(q).append(" => ").append(result.total()).append('\n');
        for (SearchHit hit : result.hits()) {
          out.append(String.format(Locale.ROOT, "  %d %.5f%n", hit.recordId(), hit.score()));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void add(List<IndexedRecord> records, String fixture, String library) {
    for (NormalizedRecord r : TestBooks.fixture(fixture)) {
      long id = records.size() + 1L;
      records.add(new IndexedRecord(id, library, id % 3 == 0 ? List.of("THU") : List.of(), r));
    }
  }

  private static String golden() throws IOException {
    try (InputStream in = RelevanceRegressionTest.class.getResourceAsStream(GOLDEN)) {
      return in == null ? "(missing " + GOLDEN + ")" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
