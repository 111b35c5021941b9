package org.unioncat.api.upload;

import java.time.Instant;
import org.unioncat.ingest.store.UploadBatch;

/**
 * An upload as the API shows it: status, progress and counts. {@code progress} is records done
 * over records seen so far (the total is known only once the whole file is read).
 */
record BatchView(
    long id,
    String library,
    String fileName,
    long fileSize,
    String sha256,
    Instant uploadedAt,
    String uploadedBy,
    String vendor,
    String status,
    String format,
    String flavours,
    String encodings,
    Progress progress,
    Counts counts,
    String message,
    Links links) {

  record Progress(long recordsDone, long recordsTotal, boolean finished) {}

  record Counts(
      long accepted, long rejected, long withWarnings, long unchanged, long replaced,
      long deletions, long duplicatesFound) {}

  record Links(String self, String findings, String findingsCsv, String quarantine) {}

  static BatchView of(UploadBatch b) {
    String self = "/api/batches/" + b.id();
    boolean finished =
        switch (b.status()) {
          case DONE, FAILED, DUPLICATE_FILE -> true;
          default -> false;
        };
    return new BatchView(
        b.id(),
        b.libraryCode(),
        b.fileName(),
        b.fileSize(),
        b.sha256(),
        b.uploadedAt(),
        b.uploadedBy(),
        b.vendor(),
        b.status().name(),
        b.containerFormat(),
        b.flavours(),
        b.encodings(),
        new Progress(b.recordsDone(), b.recordsTotal(), finished),
        new Counts(
            b.accepted(), b.rejected(), b.withWarnings(), b.unchanged(), b.replaced(),
            b.deletions(), b.duplicatesFound()),
        b.message(),
        new Links(self, self + "/findings", self + "/findings?format=csv", self + "/quarantine"));
  }
}
