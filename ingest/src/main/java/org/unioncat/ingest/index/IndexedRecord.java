package org.unioncat.ingest.index;

import java.util.List;
import java.util.Objects;
import org.unioncat.ingest.normalize.NormalizedRecord;

/**
 * One catalog record as the index receives it: its catalog id, who uploaded it, which libraries
 * hold it, and its normalized view. Immutable and thread-safe.
 *
 * @param recordId the catalog's record id: the index replaces by this id
 * @param libraryCode the uploading library's code
 * @param holdingLibraries the codes of the libraries holding a copy (may include the uploader)
 * @param normalized the record's normalized view
 */
public record IndexedRecord(
    long recordId, String libraryCode, List<String> holdingLibraries, NormalizedRecord normalized) {

  public IndexedRecord {
    Objects.requireNonNull(normalized, "normalized");
    holdingLibraries = holdingLibraries == null ? List.of() : List.copyOf(holdingLibraries);
  }
}
