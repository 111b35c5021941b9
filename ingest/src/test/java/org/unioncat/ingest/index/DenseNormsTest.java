package org.unioncat.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unioncat.ingest.index.TestBooks.book;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document has every text field (empty when the record has no such text), so norms are
 * dense, and the empty values find nothing and change no ranking.
 */
class DenseNormsTest {
  @TempDir Path dir;

  @Test
  void aRecordWithoutPublisherOrSeriesStillHasTheirNormsAndIsNotFoundByThem() throws IOException {
    try (CatalogIndex index = CatalogIndex.open(dir)) {
      index.index(
          List.of(
              book("Crime and punishment")
                  .publisher("Penguin Books")
                  .series("Penguin classics")
                  .indexed(1, "PKU"),
              book("Broken numbers").indexed(2, "OXF")));
      index.refresh();
      assertThat(index.search("publisher:penguin", 0, 10).total()).isEqualTo(1);
      assertThat(index.search("series:penguin", 0, 10).total()).isEqualTo(1);
      assertThat(index.search("broken", 0, 10).hits())
          .extracting(SearchHit::recordId)
          .containsExactly(2L);
    }
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      LeafReader leaf = reader.leaves().get(0).reader();
      for (String field :
          List.of(CatalogFields.TITLE, CatalogFields.AUTHOR, CatalogFields.PUBLISHER, CatalogFields.SERIES, CatalogFields.OTHER)) {
        NumericDocValues norms = leaf.getNormValues(field);
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          assertThat(norms.advanceExact(doc)).as("%s norm of document %d", field, doc).isTrue();
        }
        // the publisher and series terms are counted only in the document that has them
        if (field.equals(CatalogFields.PUBLISHER) || field.equals(CatalogFields.SERIES)) {
          assertThat(leaf.terms(field).getDocCount()).isEqualTo(1);
        }
      }
    }
  }
}
