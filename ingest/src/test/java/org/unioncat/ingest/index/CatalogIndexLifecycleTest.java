package org.unioncat.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unioncat.ingest.index.TestBooks.book;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the index: replace by id, delete, deleteAll, refresh visibility, commit and reopen. */
class CatalogIndexLifecycleTest {
  @TempDir Path dir;

  @Test
  void openCreatesAMissingFolderAndAnEmptyIndex() throws IOException {
    try (CatalogIndex index = CatalogIndex.open(dir.resolve("a/b/index"))) {
      assertThat(index.count()).isZero();
      assertThat(index.search("anything", 0, 10).total()).isZero();
    }
  }

  @Test
  void reindexingARecordReplacesIt() throws IOException {
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      index.index(List.of(book("First title").indexed(7, "PKU")));
      index.refresh();
      index.index(List.of(book("Second title").indexed(7, "PKU", "THU")));
      index.refresh();
      assertThat(index.count()).isEqualTo(1);
      assertThat(index.search("title", 0, 10).hits())
          .singleElement()
          .satisfies(
              hit -> {
                assertThat(hit.recordId()).isEqualTo(7);
                assertThat(hit.title()).isEqualTo("Second title");
                assertThat(hit.libraries()).containsExactly("PKU", "THU");
              });
      assertThat(index.search("first", 0, 10).total()).isZero();
    }
  }

  @Test
  void duplicateIdsInOneBatchKeepTheLast() throws IOException {
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      index.index(List.of(book("Old").indexed(1, "A"), book("New").indexed(1, "A")));
      index.refresh();
      assertThat(index.count()).isEqualTo(1);
      assertThat(index.search("new", 0, 10).total()).isEqualTo(1);
    }
  }

  @Test
  void deleteRemovesOneRecord() throws IOException {
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      index.index(List.of(book("Keep me").indexed(1, "A"), book("Drop me").indexed(2, "A")));
      index.refresh();
      index.delete(2);
      index.delete(99); // not indexed: nothing happens
      index.refresh();
      assertThat(index.count()).isEqualTo(1);
      assertThat(index.search("me", 0, 10).hits()).extracting(SearchHit::recordId).containsExactly(1L);
    }
  }

  @Test
  void anIndexWithTheOldCopyFieldIsToldApartUntilRebuilt() throws IOException {
    // what earlier versions wrote: every text once more in "all"
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
        org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(
            d, new org.apache.lucene.index.IndexWriterConfig(new CatalogAnalyzer()))) {
      org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
      doc.add(new org.apache.lucene.document.StringField(
          CatalogFields.ID, "1", org.apache.lucene.document.Field.Store.YES));
      doc.add(new org.apache.lucene.document.TextField(
          CatalogFields.ALL, "Old title", org.apache.lucene.document.Field.Store.NO));
      w.addDocument(doc);
    }
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      assertThat(index.hasOldLayout()).isTrue();
      index.deleteAll();
      index.index(List.of(book("New title").indexed(1, "A")));
      index.refresh();
      assertThat(index.hasOldLayout()).isFalse();
    }
    try (CatalogIndex index = CatalogIndex.open(dir.resolve("fresh"))) {
      index.index(List.of(book("New title").indexed(1, "A")));
      index.refresh();
      assertThat(index.hasOldLayout()).isFalse();
    }
  }

  @Test
  void deleteAllEmptiesTheIndex() throws IOException {
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      index.index(List.of(book("One").indexed(1, "A"), book("Two").indexed(2, "A")));
      index.refresh();
      index.deleteAll();
      index.refresh();
      assertThat(index.count()).isZero();
      index.index(List.of(book("Three").indexed(3, "A")));
      index.refresh();
      assertThat(index.count()).isEqualTo(1);
    }
  }

  @Test
  void writesBecomeVisibleAtRefresh() throws IOException {
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      index.index(List.of(book("Invisible until refreshed").indexed(1, "A")));
      assertThat(index.count()).isZero();
      assertThat(index.search("invisible", 0, 10).total()).isZero();
      index.refresh();
      assertThat(index.count()).isEqualTo(1);
      assertThat(index.search("invisible", 0, 10).total()).isEqualTo(1);
    }
  }

  @Test
  void committedRecordsSurviveReopening() throws IOException {
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      index.index(List.of(book("Durable").isbn("0140449132").indexed(1, "A")));
      index.commit();
    }
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      assertThat(index.count()).isEqualTo(1);
      assertThat(index.search("isbn:9780140449136", 0, 10).hits())
          .extracting(SearchHit::title)
          .containsExactly("Durable");
    }
  }

  @Test
  void aSecondWriterOnTheSameFolderIsRefused() throws IOException {
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      assertThatThrownBy(() -> CatalogIndex.open(dir)).hasMessageContaining(dir.toString());
      assertThat(index.count()).isZero();
    }
  }

  @Test
  void searchesRunConcurrentlyWithWritesAndRefreshes() throws Exception {
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<Long>> searches = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
          searches.add(
              pool.submit(
                  () -> {
                    long seen = 0;
                    for (int i = 0; i < 200; i++) {
                      seen = Math.max(seen, index.search("book", 0, 5).total());
                    }
                    return seen;
                  }));
        }
        for (int chunk = 0; chunk < 20; chunk++) {
          List<IndexedRecord> records = new ArrayList<>();
          for (int i = 0; i < 10; i++) {
            long id = chunk * 10L + i;
            records.add(book("Book " + id).indexed(id, "A"));
          }
          index.index(records);
          index.refresh();
        }
        for (Future<Long> f : searches) {
          assertThat(f.get(30, TimeUnit.SECONDS)).isBetween(0L, 200L);
        }
        assertThat(index.search("book", 0, 5).total()).isEqualTo(200);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
