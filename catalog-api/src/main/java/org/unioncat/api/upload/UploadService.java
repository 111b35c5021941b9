package org.unioncat.api.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.unioncat.api.config.UnionCatHome;
import org.unioncat.audit.AuditEvent;
import org.unioncat.audit.AuditTrail;
import org.unioncat.config.LibraryCode;
import org.unioncat.ingest.load.BatchLoader;
import org.unioncat.ingest.load.LoadProgress;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.store.BatchStatus;
import org.unioncat.ingest.store.BatchStore;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import org.unioncat.ingest.store.UploadBatch;

/**
 * Accepts uploads: streams the file to {@code UNIONCAT_HOME/uploads} while hashing it (never
 * holding it in memory), registers the batch and loads it in the background. Batches left
 * unfinished by a stopped service are resumed at start-up.
 */
@Service
public class UploadService {
  private static final Logger log = LoggerFactory.getLogger(UploadService.class);
  private final LibraryStore libraries;
  private final BatchStore batches;
  private final BatchLoader loader;
  private final Executor uploads;
  private final UnionCatHome home;
  private final AuditTrail audit;

  UploadService(
      LibraryStore libraries,
      BatchStore batches,
      BatchLoader loader,
      Executor uploads,
      UnionCatHome home,
      AuditTrail audit) {
    this.libraries = libraries;
    this.batches = batches;
    this.loader = loader;
    this.uploads = uploads;
    this.home = home;
    this.audit = audit;
  }

  /** Stores the upload, sent by the library itself, and queues it; returns the batch in status RECEIVED. */
  public UploadBatch accept(
      LibraryCode code, String uploadedBy, String fileName, InputStream content, ReadOptions options)
      throws IOException {
    return accept(code, uploadedBy, null, fileName, content, options);
  }

  /**
   * Stores the upload and queues it; returns the batch in status RECEIVED. The caller has checked
   * that {@code uploadedBy} may upload for the library.
   *
   * @param vendor the vendor sending it for the library (tags the batch and so its records), or
   *     null
   */
  public UploadBatch accept(
      LibraryCode code, String uploadedBy, String vendor, String fileName, InputStream content,
      ReadOptions options)
      throws IOException {
    MemberLibrary library = libraries.require(code);
    Path incoming = Files.createTempFile(home.uploads(), "incoming-", ".upload");
    String sha256;
    long size;
    try (InputStream in = content;
        DigestOutputStream out =
            new DigestOutputStream(Files.newOutputStream(incoming), sha256())) {
      size = in.transferTo(out);
      sha256 = HexFormat.of().formatHex(out.getMessageDigest().digest());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(incoming);
      throw e;
    }
    UploadBatch batch = batches.create(library, uploadedBy, vendor, fileName, size, sha256);
    audit.record(
        new AuditEvent(
            uploadedBy, "UPLOAD", "batch:" + batch.id(), library.code().value(),
            "{\"file\":" + FindingJson.quote(fileName) + ",\"bytes\":" + size + ",\"sha256\":\"" + sha256
                + "\",\"vendor\":" + (vendor == null ? "null" : FindingJson.quote(vendor)) + "}"));
    Path stored = fileOf(batch.id());
    // A leftover file of the same name can only come from a database that was reset: the batch
    // id is new, so the old file is not ours to keep.
    Files.move(incoming, stored, StandardCopyOption.REPLACE_EXISTING);
    submit(batch.id(), library, options);
    return batch;
  }

  /** Where a batch's bytes are kept (so an interrupted batch can be resumed). */
  Path fileOf(long batchId) {
    return home.uploads().resolve("batch-" + batchId + ".upload");
  }

  private void submit(long batchId, MemberLibrary library, ReadOptions options) {
    uploads.execute(
        () -> {
          try {
            loader.load(
                batchId, library, () -> Files.newInputStream(fileOf(batchId)), options,
                LoadProgress.NONE);
          } catch (IOException | RuntimeException e) {
            // The loader has recorded the failure on the batch, where the uploader sees it.
            log.warn("Upload batch {} failed: {}", batchId, e.getMessage());
          }
        });
  }

  /** Resumes batches a stopped service left RECEIVED or PROCESSING. */
  public void resumeUnfinished() {
    List<UploadBatch> unfinished =
        batches.findByStatus(List.of(BatchStatus.RECEIVED, BatchStatus.PROCESSING));
    for (UploadBatch b : unfinished) {
      if (Files.isRegularFile(fileOf(b.id()))) {
        log.info("Resuming upload batch {} ({}) after record {}", b.id(), b.fileName(), b.lastOrdinal());
        submit(b.id(), libraries.require(LibraryCode.of(b.libraryCode())), ReadOptions.detect());
      } else {
        batches.setStatus(b.id(), BatchStatus.FAILED,
            "The uploaded file is no longer on the server; upload it again. / 服务器上已找不到上传的文件，请重新上传。");
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException("no SHA-256", e));
    }
  }

}
