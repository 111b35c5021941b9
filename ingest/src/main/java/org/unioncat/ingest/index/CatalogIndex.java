package org.unioncat.ingest.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The catalog's Lucene index in one directory: index, replace and delete records by id, make them
 * searchable ({@link #refresh()}), make them durable ({@link #commit()}), and search them with the
 * query language of {@link CatalogQueryParser} (see docs/search.md).
 *
 * <p><b>Visibility.</b> Writes become searchable at the next {@link #refresh()} (near-real-time:
 * no commit needed, a refresh takes milliseconds), and survive a crash from the next {@link
 * #commit()}. {@link #count()} and {@link #search} see the index as of the last refresh. {@link
 * #close()} commits.
 *
 * <p><b>Thread safety.</b> Thread-safe. Any number of threads may search at once: each search
 * borrows the current searcher from a {@link SearcherManager} and returns it. There is one {@link
 * IndexWriter} per directory (Lucene's write lock makes a second {@code open} of the same
 * directory fail); its methods may be called from any thread, though the catalog service writes
 * from one. A refresh never blocks searches in flight: they finish on the searcher they started
 * with.
 */
public final class CatalogIndex implements Closeable {
  /** Relevance first; equal scores by record id ascending, so pages are stable. */
  private static final Sort ORDER =
      new Sort(SortField.FIELD_SCORE, new SortField(CatalogFields.ID_ORDER, SortField.Type.LONG));
  private static final double RAM_BUFFER_MB = 32;

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private CatalogIndex(Directory directory, Analyzer analyzer, IndexWriter writer)
      throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens the index in {@code dir}, creating the folder and an empty index when missing. */
  public static CatalogIndex open(Path dir) {
    Directory directory = null;
    Analyzer analyzer = new CatalogAnalyzer();
    IndexWriter writer = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setRAMBufferSizeMB(RAM_BUFFER_MB);
      writer = new IndexWriter(directory, config);
      return new CatalogIndex(directory, analyzer, writer);
    } catch (LockObtainFailedException e) {
      closeQuietly(writer, directory, analyzer);
      throw new IndexInUseException(dir, e);
    } catch (IOException e) {
      closeQuietly(writer, directory, analyzer);
      throw new UncheckedIOException("cannot open the catalog index in " + dir, e);
    }
  }

  /** Adds the records, replacing any already indexed under the same record id. */
  public void index(List<IndexedRecord> records) {
    try {
      for (IndexedRecord record : records) {
        writer.updateDocument(
            RecordDocuments.idTerm(record.recordId()), RecordDocuments.toDocument(record));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the record (nothing happens when it is not indexed). */
  public void delete(long recordId) {
    try {
      writer.deleteDocuments(RecordDocuments.idTerm(recordId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every record (for rebuilds); visible at the next refresh, durable at the next commit. */
  public void deleteAll() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes everything indexed or deleted so far searchable; returns when it is. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes everything indexed or deleted so far durable on disk. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many records are searchable (as of the last refresh). */
  public long count() {
    return withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  /**
   * Whether documents written before free text searched the text fields together are still in
   * the index: they have the old copy field {@code all} and no {@code other}, so free text finds
   * them by title, name, publisher and series but not by responsibility, place, ISBN or year until
   * the index is rebuilt (the nightly job does it, as does {@code unioncat reindex}).
   */
  public boolean hasOldLayout() {
    return withSearcher(s -> {
      for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
        if (leaf.reader().getFieldInfos().fieldInfo(CatalogFields.ALL) != null) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * One page of the records matching {@code query}, best first, ties by record id.
   *
   * @param offset how many results to skip, 0 to {@value QueryLimits#MAX_OFFSET}
   * @param limit page size, at least 1; more than {@value QueryLimits#MAX_LIMIT} gets that many
   * @throws InvalidQueryException for a query or page the index refuses (see docs/search.md)
   */
  public SearchResult search(String query, int offset, int limit) {
    int size = QueryLimits.pageSize(offset, limit);
    Query parsed = CatalogQueryParser.parse(query, analyzer);
    return withSearcher(s -> page(s, parsed, offset, size));
  }

  private static SearchResult page(IndexSearcher searcher, Query query, int offset, int size)
      throws IOException {
    // Integer.MAX_VALUE: count every match, so the total is exact rather than "1,000+".
    TopFieldDocs top =
        searcher.search(
            query, new TopFieldCollectorManager(ORDER, offset + size, null, Integer.MAX_VALUE));
    List<SearchHit> hits = new ArrayList<>(size);
    StoredFields stored = searcher.storedFields();
    for (int i = offset; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      // With a sort, the score is the first sort value (ScoreDoc.score is not filled in).
      float score = ((Number) ((FieldDoc) sd).fields[0]).floatValue();
      Document doc = stored.document(sd.doc);
      hits.add(RecordDocuments.toHit(doc, score));
    }
    return new SearchResult(top.totalHits.value, hits);
  }

  private interface SearcherTask<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherTask<T> task) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return task.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits and closes the writer and the searchers. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      closeQuietlyAfter(writer, directory, analyzer);
    }
  }

  private static void closeQuietlyAfter(Closeable... closeables) throws IOException {
    IOException first = null;
    for (Closeable c : closeables) {
      try {
        c.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private static void closeQuietly(Closeable... closeables) {
    for (Closeable c : closeables) {
      if (c != null) {
        try {
          c.close();
        } catch (IOException ignored) {
          // already failing: the first exception is the one to report
        }
      }
    }
  }
}
