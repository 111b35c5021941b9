package org.unioncat.ingest.load;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.unioncat.config.LibrarySettings;
import org.unioncat.error.UnionCatException;
import org.unioncat.ingest.normalize.NormalizedRecord;
import org.unioncat.ingest.normalize.holdings.Holding;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.store.BatchStatus;
import org.unioncat.ingest.store.BatchStore;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.RecordRow;
import org.unioncat.ingest.store.RecordStatus;
import org.unioncat.ingest.store.RecordStore;
import org.unioncat.ingest.store.StoreException;
import org.unioncat.ingest.store.UploadBatch;
import org.unioncat.ingest.validate.FileSummary;
import org.unioncat.ingest.validate.RecordValidator;
import org.unioncat.ingest.validate.ValidatedRecord;
import org.unioncat.ingest.validate.ValidatingReader;
import org.unioncat.ingest.validate.ValidationContext;

/**
 * Loads one upload into the catalog: streams the file through reading, normalization and
 * validation (on all cores), and stores it chunk by chunk — each chunk one transaction holding its
 * records, holdings, findings and the batch's counters — then hands the chunk to the index. The
 * same pipeline serves the upload API and {@code unioncat ingest}.
 *
 * <p>Resumable: the batch row remembers the last committed ordinal; loading a FAILED or
 * interrupted batch again skips what is already stored. Idempotent: a file this library already
 * loaded (same SHA-256) is recorded as DUPLICATE_FILE and creates nothing new.
 *
 * <p>Thread-safe: each {@link #load} call works on its own batch.
 */
public final class BatchLoader {
  /** Records per transaction: big enough for JDBC batching, small enough to resume cheaply. */
  public static final int DEFAULT_CHUNK = 500;

  /** Opens the upload's bytes; called again when a batch is resumed. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  private final DataSource dataSource;
  private final BatchStore batches;
  private final RecordStore records = new RecordStore();
  private final CatalogQueries queries;
  private final CatalogIndexer indexer;
  private final int chunkSize;
  private final int threads;

  public BatchLoader(DataSource dataSource, CatalogIndexer indexer, int chunkSize, int threads) {
    this.dataSource = dataSource;
    this.batches = new BatchStore(dataSource);
    this.queries = new CatalogQueries(dataSource);
    this.indexer = indexer;
    this.chunkSize = chunkSize;
    this.threads = threads;
  }

  /**
   * Loads (or resumes) the batch and returns its final state. Problems with single records are
   * findings; a file that cannot be read at all, or a database failure, marks the batch FAILED
   * with a message and is rethrown.
   */
  public UploadBatch load(
      long batchId, MemberLibrary library, Source source, ReadOptions options, LoadProgress progress)
      throws IOException {
    UploadBatch batch = batches.find(batchId).orElseThrow();
    if (batch.status() == BatchStatus.DONE || batch.status() == BatchStatus.DUPLICATE_FILE) {
      return batch;
    }
    var earlier = batches.findDone(library.id(), batch.sha256(), batchId);
    if (earlier.isPresent()) {
      batches.setStatus(
          batchId,
          BatchStatus.DUPLICATE_FILE,
          "The same file was already loaded as batch " + earlier.get().id()
              + "; nothing new was stored. / 该文件已作为批次 " + earlier.get().id()
              + " 上传过，未存入新数据。");
      return batches.find(batchId).orElseThrow();
    }
    batches.setStatus(batchId, BatchStatus.PROCESSING, null);
    try {
      run(batch, library, source, options, progress);
    } catch (IOException | RuntimeException e) {
      batches.setStatus(batchId, BatchStatus.FAILED, describe(e));
      throw e;
    }
    batches.setStatus(batchId, BatchStatus.DONE, null);
    return batches.find(batchId).orElseThrow();
  }

  private void run(
      UploadBatch batch, MemberLibrary library, Source source, ReadOptions options, LoadProgress progress)
      throws IOException {
    RecordValidator validator =
        new RecordValidator(ValidationContext.forLibrary(library.settings()));
    FileSummary summary = new FileSummary(batch.fileName());
    MarcReader reader = MarcReaders.open(source.open(), options.withThreads(threads));
    String format = reader.format().name();
    // The validating reader owns the reader and closes it. Chunks are committed on the writer's
    // thread, in order, while this thread reads and prepares the next one.
    try (ValidatingReader in = new ValidatingReader(reader, validator, threads);
        OrderedChunkWriter writer = new OrderedChunkWriter()) {
      List<RecordRow> chunk = new ArrayList<>(chunkSize);
      ValidatedRecord v;
      while ((v = in.next()) != null) {
        summary.add(v);
        if (v.read().ordinal() <= batch.lastOrdinal()) {
          continue; // committed before the batch was interrupted
        }
        chunk.add(toRow(v, library.settings()));
        if (chunk.size() == chunkSize) {
          submit(writer, batch.id(), library, chunk, summary, format, progress, in.bytesRead());
          chunk = new ArrayList<>(chunkSize);
        }
      }
      if (!chunk.isEmpty()) {
        submit(writer, batch.id(), library, chunk, summary, format, progress, in.bytesRead());
      }
      writer.finish();
    }
    indexer.flush();
  }

  /**
   * Hands a full chunk to the writer, with what it needs from the file summary as of now (the
   * summary goes on changing on this thread).
   */
  private void submit(
      OrderedChunkWriter writer,
      long batchId,
      MemberLibrary library,
      List<RecordRow> chunk,
      FileSummary summary,
      String format,
      LoadProgress progress,
      long bytesRead) {
    String flavours = counts(summary.sortedFlavours());
    String encodings = counts(summary.sortedEncodings());
    long recordsRead = summary.recordsRead();
    writer.submit(
        () -> {
          commit(batchId, library, chunk, flavours, encodings, format);
          progress.chunkCommitted(recordsRead, bytesRead);
        });
  }

  private void commit(
      long batchId, MemberLibrary library, List<RecordRow> chunk, String flavours, String encodings,
      String format) {
    RecordStore.ChunkResult result;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        result = records.storeChunk(c, library, batchId, chunk);
        batches.addChunk(
            c,
            batchId,
            result.counts(),
            chunk.get(chunk.size() - 1).read().ordinal(),
            flavours,
            encodings,
            format);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("storing records " + chunk.get(0).read().ordinal() + "-"
          + chunk.get(chunk.size() - 1).read().ordinal() + " of the upload", e);
    }
    indexer.indexChunk(library, result.active(), result.removed());
    if (!result.refreshed().isEmpty()) {
      indexer.reindex(StoredDocuments.read(queries, result.refreshed()));
    }
  }

  static RecordRow toRow(ValidatedRecord v, LibrarySettings library) {
    boolean deletion = v.read().record().map(r -> r.leader().isDeleted()).orElse(false);
    NormalizedRecord n = v.normalized().orElse(null);
    RecordStatus status = v.hasError() || n == null && !deletion
        ? RecordStatus.QUARANTINED
        : RecordStatus.ACTIVE;
    List<Holding> mine = new ArrayList<>();
    if (n != null && status == RecordStatus.ACTIVE) {
      for (Holding h : n.holdings()) {
        // Holdings naming another library are a finding (HOLDINGS_OTHER_LIBRARY), not ours to attach.
        if (h.libraryCode() == null || library.isNamedBy(h.libraryCode())) {
          mine.add(h);
        }
      }
    }
    return new RecordRow(
        v.read(),
        status == RecordStatus.ACTIVE ? n : null,
        ContentHash.of(v.read().raw()),
        status,
        deletion,
        mine,
        v.findings());
  }

  private static String counts(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }

  private static String describe(Exception e) {
    if (e instanceof UnionCatException) {
      UnionCatException u = (UnionCatException) e;
      return u.getMessage() + " / " + u.messageZh();
    }
    if (e instanceof org.unioncat.ingest.read.ExpansionLimitException x) {
      return x.getMessage() + " / " + x.messageZh();
    }
    return "Loading stopped: " + e.getMessage() + " / 加载中断：" + e.getMessage();
  }
}
