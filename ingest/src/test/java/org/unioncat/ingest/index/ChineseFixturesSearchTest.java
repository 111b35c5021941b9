package org.unioncat.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unioncat.ingest.normalize.NormalizedRecord;

/** Real Chinese records: CNMARC from dp2, and an OCLC MARC21 record with its 880 in characters. */
class ChineseFixturesSearchTest {
  private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");
  @TempDir Path dir;

  private static List<IndexedRecord> indexed(List<NormalizedRecord> records, long firstId) {
    List<IndexedRecord> out = new ArrayList<>();
    for (NormalizedRecord r : records) {
      out.add(new IndexedRecord(firstId + out.size(), "BNU", List.of(), r));
    }
    return out;
  }

  @Test
  void cnmarcRecordIsFoundByATwoCharacterWordOfItsTitle() throws IOException {
    List<IndexedRecord> records = indexed(TestBooks.fixture("dp2/sample_cnmarcxml.xml"), 1);
    IndexedRecord report =
        records.stream()
            .filter(r -> r.normalized().title().titleProper().equals("'94中国发展报告"))
            .findFirst()
            .orElseThrow();
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      index.index(records);
      index.refresh();
      assertThat(index.count()).isEqualTo(records.size());
      assertThat(index.search("发展", 0, 100).hits())
          .extracting(SearchHit::recordId)
          .contains(report.recordId());
      // traditional query, fielded, with the year
      assertThat(index.search("title:發展 year:1994", 0, 100).hits())
          .extracting(SearchHit::recordId)
          .contains(report.recordId());
      SearchHit hit = index.search("isbn:7-5037-1744-0", 0, 10).hits().get(0);
      assertThat(hit.recordId()).isEqualTo(report.recordId());
      assertThat(hit.title()).isEqualTo("'94中国发展报告");
      assertThat(hit.publisher()).isEqualTo("中国统计出版社");
    }
  }

  @Test
  void everyCnmarcRecordIsFoundByTheFirstTwoCharactersOfItsTitle() throws IOException {
    List<IndexedRecord> records = indexed(TestBooks.fixture("dp2/sample_cnmarcxml.xml"), 1);
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      index.index(records);
      index.refresh();
      int checked = 0;
      for (IndexedRecord r : records) {
        Matcher run = HAN_RUN.matcher(r.normalized().title().titleProper());
        if (!run.find()) {
          continue;
        }
        String word = run.group().substring(0, 2);
        assertThat(index.search("title:" + word, 0, 100).hits())
            .as("title:%s for %s", word, r.normalized().title().titleProper())
            .extracting(SearchHit::recordId)
            .contains(r.recordId());
        checked++;
      }
      assertThat(checked).isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void marc21RecordIsFoundByTheCharactersOfIts880Title() throws IOException {
    List<IndexedRecord> records =
        indexed(TestBooks.fixture("marc4j/oclc_63111280_export_as_UTF8_from_connexion.mrc"), 1);
    records.addAll(indexed(TestBooks.fixture("dp2/sample_marcxml.xml"), 1_000));
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      index.index(records);
      index.refresh();
      // 880: 日本民俗·信仰·藝能·與中國文化 — traditional in the record, either script in the query
      assertThat(index.search("藝能", 0, 10).hits()).extracting(SearchHit::recordId).containsExactly(1L);
      assertThat(index.search("title:艺能 民俗", 0, 10).hits())
          .extracting(SearchHit::recordId)
          .containsExactly(1L);
      // and by its romanized 245 too
      assertThat(index.search("title:\"riben min su\"", 0, 10).hits())
          .extracting(SearchHit::recordId)
          .containsExactly(1L);
    }
  }
}
