package org.unioncat.ingest.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.read.ContainerFormat;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.read.ReadRecord;
import org.unioncat.ingest.read.UnreadableInputException;
import org.unioncat.ingest.store.StoredRecord;

/**
 * Decodes a stored record's raw bytes again, with the container and flavour it was stored with,
 * for display and for export in other formats. The raw bytes stay the source of truth.
 * Thread-safe.
 */
public final class StoredRecordDecoder {
  private StoredRecordDecoder() {}

  /** The decoded record, or empty when the raw bytes hold nothing readable (quarantined). */
  public static Optional<MarcRecord> decode(StoredRecord stored) {
    ReadOptions options =
        ReadOptions.detect()
            .withThreads(1)
            .withFormat(ContainerFormat.valueOf(stored.containerFormat()))
            .withFlavour(MarcFlavour.valueOf(stored.flavour()));
    try (MarcReader reader = MarcReaders.open(new ByteArrayInputStream(stored.raw()), options)) {
      ReadRecord read = reader.next();
      return read == null ? Optional.empty() : read.record();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UnreadableInputException e) {
      // A quarantined record may hold bytes that are not MARC at all: it is shown raw only.
      return Optional.empty();
    }
  }
}
